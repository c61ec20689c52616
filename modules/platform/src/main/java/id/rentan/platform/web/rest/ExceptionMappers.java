package id.rentan.platform.web.rest;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.ValidationException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the REST API as problem-JSON (RFC 9457), with a clear message in the caller's language and never
 * a stack trace: business refusals (422, 409, 404, 403), bean-validation failures (400), HTTP errors raised by
 * JAX-RS itself (404 unknown path, 405, 415, 400 unreadable body...) and, last, anything unexpected (500 with an
 * incident id that is also in the server log).
 */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    /** What every mapper needs: the problem builder and the request's headers (language) and path. */
    abstract static class Base {

        @Inject
        ProblemResponses problems;

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        Locale locale() {
            return problems.locale(headers);
        }

        String path() {
            return uri.getRequestUri().getPath();
        }

        Response problem(int status, String detail, String rule, List<Problem.Violation> violations, String incident) {
            return problems.problem(status, locale(), detail, path(), rule, violations, incident);
        }
    }

    /** Business refusals. */
    @Provider
    public static class Business extends Base implements ExceptionMapper<BusinessException> {

        @Override
        public Response toResponse(BusinessException e) {
            Locale locale = locale();
            int status = switch (e.kind()) {
                case INVALID -> 422;
                case CONFLICT -> 409;
                case NOT_FOUND -> 404;
                case FORBIDDEN -> 403;
            };
            List<Problem.Violation> violations = null;
            if (e instanceof ValidationException v) {
                violations = v.violations().stream()
                        .map((RuleViolation rv) -> new Problem.Violation(rv.rule(), rv.severity().name(),
                                problems.text(locale, rv.messageKey(), rv.args().toArray())))
                        .toList();
            }
            return problem(status, problems.text(locale, e.messageKey(), e.args().toArray()), e.rule(), violations, null);
        }
    }

    /** Bean Validation on resource parameters. */
    @Provider
    public static class BeanValidation extends Base implements ExceptionMapper<ConstraintViolationException> {

        @Override
        public Response toResponse(ConstraintViolationException e) {
            Locale locale = locale();
            List<Problem.Violation> violations = e.getConstraintViolations().stream()
                    .map(cv -> new Problem.Violation(null, "ERROR", lastNode(cv.getPropertyPath().toString())
                            + ": " + cv.getMessage()))
                    .toList();
            return problem(400, problems.text(locale, "error.400.validation"), null, violations, null);
        }

        private static String lastNode(String path) {
            int dot = path.lastIndexOf('.');
            return dot < 0 ? path : path.substring(dot + 1);
        }
    }

    /** Errors JAX-RS raises itself (unknown path, wrong method, unreadable body...). */
    @Provider
    public static class Http extends Base implements ExceptionMapper<WebApplicationException> {

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            Locale locale = locale();
            String key = "error." + status + ".detail";
            String detail = problems.text(locale, key);
            if (detail.startsWith("???")) {
                detail = problems.text(locale, "error.http.detail", status);
            }
            return problem(status, detail, null, null, null);
        }
    }

    /** A request body that cannot be read as the expected JSON. */
    @Provider
    public static class UnreadableBody extends Base implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {

        @Override
        public Response toResponse(jakarta.ws.rs.ProcessingException e) {
            return problem(400, problems.text(locale(), "error.400.detail"), null, null, null);
        }
    }

    /** Anything unexpected: logged with an incident id; the client gets the id, never the details. */
    @Provider
    public static class Unexpected extends Base implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + path(), e);
            return problem(500, problems.text(locale(), "error.500.detail", incident), null, null, incident);
        }
    }
}
