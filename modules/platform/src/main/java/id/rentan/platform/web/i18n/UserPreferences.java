package id.rentan.platform.web.i18n;

import id.rentan.platform.api.ui.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.Serializable;
import java.util.Locale;

/**
 * The user's language (Bahasa Indonesia by default, English on request), remembered in the session and in a
 * long-lived cookie so it survives logging out. The only session-scoped bean: it holds a preference, not data.
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "rentan-lang";

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /** Switches the language and remembers it; then reloads the page the user is on. */
    public void switchTo(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getViewRoot().setLocale(locale);
            HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    private static Locale fromCookie() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
            if (cookie instanceof Cookie c) {
                return Texts.supported(Locale.forLanguageTag(c.getValue()));
            }
        }
        return Texts.INDONESIAN;
    }
}
