package id.rentan.platform.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders the error pages as a fresh GET, whatever request failed. Without this, a failed form POST would make
 * Faces treat the error page as a postback of the failed view (and PrimeFaces' CSP would refuse to render it for
 * want of the failed view's nonce), so the user would get the container's bare error page instead of ours.
 */
@WebFilter(filterName = "ErrorDispatchFilter", urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.emptyMap();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }
        }, response);
    }
}
