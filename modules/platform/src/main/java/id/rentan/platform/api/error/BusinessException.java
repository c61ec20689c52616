package id.rentan.platform.api.error;

import java.util.List;

/**
 * An expected business failure: the request is refused for a reason the user can understand and act on.
 * Carries a message key (and arguments) rather than text, so the one error path of the UI and the problem-JSON
 * mapper of the REST API can say it in the caller's language. Unchecked, so a transactional service that throws
 * it rolls back and leaves the data exactly as before.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is; the REST API maps it to an HTTP status. */
    public enum Kind {
        /** The input breaks a rule (HTTP 422). */
        INVALID,
        /** The request conflicts with the current state, e.g. a duplicate or a concurrent change (HTTP 409). */
        CONFLICT,
        /** The thing asked for does not exist or is outside the caller's scope (HTTP 404). */
        NOT_FOUND,
        /** The caller may not do this, although the role may reach the page or endpoint (HTTP 403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> args;
    private final String rule;

    public BusinessException(String messageKey, Object... args) {
        this(Kind.INVALID, null, messageKey, args);
    }

    public BusinessException(Kind kind, String messageKey, Object... args) {
        this(kind, null, messageKey, args);
    }

    public BusinessException(Kind kind, String rule, String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + List.of(args)));
        this.kind = kind;
        this.rule = rule;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public static BusinessException notFound(String messageKey, Object... args) {
        return new BusinessException(Kind.NOT_FOUND, messageKey, args);
    }

    public static BusinessException conflict(String messageKey, Object... args) {
        return new BusinessException(Kind.CONFLICT, messageKey, args);
    }

    public static BusinessException forbidden(String messageKey, Object... args) {
        return new BusinessException(Kind.FORBIDDEN, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args == null ? List.of() : args;
    }

    /** The rule id from business-rules.md that this refusal enforces, if any. */
    public String rule() {
        return rule;
    }
}
