package id.rentan.platform.api.ui;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.Severity;
import id.rentan.platform.api.error.ValidationException;
import id.rentan.platform.web.i18n.UserPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * Adds messages to the page in the user's language. Backing beans use {@link #info} after a successful action;
 * failures are never caught in backing beans but reach {@link BusinessExceptionHandler}, which calls
 * {@link #show(BusinessException)}.
 */
@RequestScoped
public class Messages {

    @Inject
    Texts texts;

    @Inject
    UserPreferences preferences;

    /** The user's language. */
    public java.util.Locale locale() {
        return preferences.getLocale();
    }

    public String text(String key, Object... args) {
        return texts.text(preferences.getLocale(), key, args);
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void warn(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_WARN, text(key, args));
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Keeps this request's messages for the next one: call before redirecting (post-redirect-get). */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Shows a business failure: one message per rule violation, each citing its rule. */
    public void show(BusinessException failure) {
        if (failure instanceof ValidationException validation) {
            for (RuleViolation v : validation.violations()) {
                add(null, v.severity() == Severity.ERROR ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_WARN,
                        text(v.messageKey(), v.args().toArray()));
            }
            return;
        }
        add(null, FacesMessage.SEVERITY_ERROR, text(failure.messageKey(), failure.args().toArray()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
