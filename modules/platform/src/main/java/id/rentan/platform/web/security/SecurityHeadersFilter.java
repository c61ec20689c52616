package id.rentan.platform.web.security;

import id.rentan.platform.application.ClientInfo;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;

/**
 * Security headers on every response, and the client address for the audit log.
 * <ul>
 *   <li>{@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy},
 *       {@code Permissions-Policy};</li>
 *   <li>{@code Content-Security-Policy}: pages get theirs from PrimeFaces (a nonce per response, see
 *       {@code primefaces.CSP_POLICY} in web.xml); the REST API and everything else get {@code default-src 'none'};</li>
 *   <li>{@code Cache-Control: no-store} on pages and the API, which show personal data.</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    ClientInfo clientInfo;

    @Inject
    @ConfigProperty(name = "rentan.security.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            clientInfo.address(clientAddress(request));
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!path.startsWith(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }

    private String clientAddress(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String first = forwarded.split(",")[0].trim();
                return first.length() > 64 ? first.substring(0, 64) : first;
            }
        }
        return request.getRemoteAddr();
    }
}
