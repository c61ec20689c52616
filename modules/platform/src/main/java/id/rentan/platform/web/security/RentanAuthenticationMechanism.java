package id.rentan.platform.web.security;

import id.rentan.platform.application.security.AccountDirectory;
import id.rentan.platform.api.ui.Texts;
import id.rentan.platform.web.rest.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The one authentication mechanism of the application (Jakarta Security), with two faces:
 * <ul>
 *   <li><b>REST API</b> ({@code /api/...}): HTTP Basic on every request, stateless (no session is created). Missing
 *       or wrong credentials get 401 with a problem-JSON body and {@code WWW-Authenticate}.</li>
 *   <li><b>Pages</b>: a custom form (the login page calls {@code SecurityContext.authenticate}); the login is kept
 *       in the HTTP session under a fresh session id, and a protected page without a login redirects to the login
 *       page with the page to come back to.</li>
 * </ul>
 * Both check credentials through the identity store handler, i.e. {@link RentanIdentityStore}.
 */
@ApplicationScoped
public class RentanAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountDirectory directory;

    @Inject
    AuthenticationChannel channel;

    @Inject
    Texts texts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApi(request, response, context);
        }
        return validatePage(request, response, context);
    }

    // ---- REST API: HTTP Basic --------------------------------------------------------------------------------

    private AuthenticationStatus validateApi(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        channel.api(true);
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decodeBasic(header.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(request, response, "auth.api.invalid");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "auth.api.required");
        }
        return context.doNothing();
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String key) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("WWW-Authenticate", "Basic realm=\"Rentan\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
            var locale = texts.localeOf(request.getHeader("Accept-Language"));
            Problem problem = Problem.of(401, texts.text(locale, "error.401.title"), texts.text(locale, key),
                    request.getRequestURI());
            response.getWriter().write(problem.toJson());
        } catch (IOException e) {
            // the client went away; nothing more to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- pages: form login kept in the session ---------------------------------------------------------------

    private AuthenticationStatus validatePage(HttpServletRequest request, HttpServletResponse response,
                                              HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            Credential credential = context.getAuthParameters().getCredential();
            if (credential == null) {
                return context.doNothing();
            }
            long stamp = directory.stamp();
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SessionLogin.ATTRIBUTE, new SessionLogin(
                    result.getCallerPrincipal().getName(), result.getCallerGroups(), stamp));
            return context.notifyContainerAboutLogin(result);
        }

        HttpSession session = request.getSession(false);
        SessionLogin login = session == null ? null : (SessionLogin) session.getAttribute(SessionLogin.ATTRIBUTE);
        if (login != null) {
            if (directory.isRevoked(login.username(), login.stamp()) || !stillEnabled(login.username())) {
                session.invalidate();
                return redirectToLogin(request, response, context, true);
            }
            return context.notifyContainerAboutLogin(login.username(), Set.copyOf(login.groups()));
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context, false);
        }
        return context.doNothing();
    }

    private boolean stillEnabled(String username) {
        return directory.lookup(username).map(AccountDirectory.Entry::enabled).orElse(false);
    }

    /**
     * Sends the browser to the login page. A Faces ajax request (e.g. a button pressed after the session expired)
     * cannot follow an HTTP redirect, so it gets a partial-response redirect instead.
     */
    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context, boolean ended) {
        String target = request.getContextPath() + LOGIN_PAGE;
        String next = "GET".equals(request.getMethod()) ? pathWithQuery(request) : null;
        StringBuilder url = new StringBuilder(target);
        char sep = '?';
        if (next != null && !next.equals(request.getContextPath() + "/")) {
            url.append(sep).append("next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
            sep = '&';
        }
        if (ended) {
            url.append(sep).append("ended=1");
        } else if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
            url.append(sep).append("expired=1");
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml;charset=UTF-8");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url.toString().replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } catch (IOException e) {
                // the client went away
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(url.toString());
    }

    private static String pathWithQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
