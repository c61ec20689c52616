package id.rentan.reporting.web;

import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a report's figure leads: the list behind it (invoices, claims, arrears...) with the filters that select exactly
 * the rows counted, as a view path with its query string, but only when the caller's role may open that page. The
 * pages' rules are the modules' own declarations ({@link ModuleDescriptor#pages()}, the most specific rule wins, as
 * the platform's page access check reads them), so a figure never links to a page that would answer 403.
 */
@ApplicationScoped
public class ReportLinks {

    @Inject
    Instance<ModuleDescriptor> modules;

    @Inject
    CallerContext callers;

    /** Whether the caller may open the view. */
    public boolean mayOpen(String view) {
        PageAccess rule = null;
        for (ModuleDescriptor m : modules) {
            for (PageAccess p : m.pages()) {
                if (p.covers(view) && (rule == null || p.path().length() > rule.path().length())) {
                    rule = p;
                }
            }
        }
        return rule != null && callers.caller().roles().stream().anyMatch(rule.roles()::contains);
    }

    /**
     * The view with the parameters given (those with a {@code null} value left out), e.g.
     * {@code /funding/invoices.xhtml?year=2026&status=PAID}, or {@code null} when the caller may not open it.
     */
    public String to(String view, Object... nameValuePairs) {
        if (!mayOpen(view)) {
            return null;
        }
        return view + query(nameValuePairs);
    }

    static String query(Object... nameValuePairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            if (nameValuePairs[i + 1] != null) {
                params.put(String.valueOf(nameValuePairs[i]), nameValuePairs[i + 1]);
            }
        }
        StringBuilder q = new StringBuilder();
        params.forEach((name, value) -> q.append(q.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        return q.toString();
    }
}
