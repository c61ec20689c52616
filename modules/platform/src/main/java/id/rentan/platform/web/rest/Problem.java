package id.rentan.platform.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error the REST API returns
 * ({@code application/problem+json}).
 *
 * @param type       a URI naming the kind of problem ({@code about:blank} for plain HTTP statuses)
 * @param title      short summary of the kind of problem
 * @param status     the HTTP status
 * @param detail     what went wrong this time, in the caller's language
 * @param instance   the request path
 * @param rule       the business rule refused (e.g. {@code V-06}), if any
 * @param violations every rule violation, for validation failures
 * @param incident   an id to quote to support, for unexpected errors (the details are in the server log only)
 */
public record Problem(String type, String title, int status, String detail, String instance, String rule,
                      List<Violation> violations, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem documents leave out members without a value (RFC 9457 members are optional). */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /**
     * One broken rule.
     *
     * @param rule     rule id, e.g. {@code V-03}
     * @param severity {@code ERROR} or {@code WARNING}
     * @param text     the message in the caller's language
     */
    public record Violation(String rule, String severity, String text) {
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance, null, null, null);
    }

    public String toJson() {
        return JSONB.toJson(this);
    }
}
