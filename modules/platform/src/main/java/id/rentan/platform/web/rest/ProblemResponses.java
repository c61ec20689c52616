package id.rentan.platform.web.rest;

import id.rentan.platform.api.ui.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Locale;

/** Builds problem-JSON responses in the caller's language (from {@code Accept-Language}). */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    Texts texts;

    public Locale locale(HttpHeaders headers) {
        return headers == null ? Texts.INDONESIAN : texts.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .entity(problem.toJson())
                .build();
    }

    public Response simple(int status, String detailKey, HttpHeaders headers, UriInfo uri, Object... args) {
        Locale locale = locale(headers);
        return response(new Problem(typeOf(status), texts.text(locale, "error." + status + ".title"), status,
                texts.text(locale, detailKey, args), uri == null ? null : uri.getRequestUri().getPath(), null, null, null));
    }

    public String text(Locale locale, String key, Object... args) {
        return texts.text(locale, key, args);
    }

    public Response problem(int status, Locale locale, String detail, String instance, String rule,
                            List<Problem.Violation> violations, String incident) {
        return response(new Problem(typeOf(status), texts.text(locale, "error." + status + ".title"), status, detail,
                instance, rule, violations, incident));
    }

    static String typeOf(int status) {
        return switch (status) {
            case 422 -> "https://rentan.id/problems/rule-violation";
            case 409 -> "https://rentan.id/problems/conflict";
            default -> "about:blank";
        };
    }
}
