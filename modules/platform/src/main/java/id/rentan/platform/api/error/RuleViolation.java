package id.rentan.platform.api.error;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One broken business rule, as data: the rule id from {@code business-rules.md} (e.g. {@code V-01}), its severity,
 * and a message key plus arguments that the UI or the API turn into text in the caller's language.
 *
 * @param rule       rule id such as {@code V-03}, or {@code null} for a check that is not a numbered rule
 * @param severity   whether the input is refused ({@link Severity#ERROR}) or only flagged ({@link Severity#WARNING})
 * @param messageKey i18n key, e.g. {@code rule.V-03.day}
 * @param args       arguments for the message pattern ({@link java.text.MessageFormat} style)
 */
public record RuleViolation(String rule, Severity severity, String messageKey, List<Object> args) implements Serializable {

    public RuleViolation {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? List.of() : args.stream().map(RuleViolation::normalise).toList();
    }

    /** Whole numbers as Integer when they fit, so equal violations are equal whatever integer type built them. */
    private static Object normalise(Object arg) {
        if (arg instanceof Long || arg instanceof Short || arg instanceof Byte) {
            long n = ((Number) arg).longValue();
            return n == (int) n ? (Object) (int) n : arg;
        }
        return arg;
    }

    public static RuleViolation error(String rule, String messageKey, Object... args) {
        return new RuleViolation(rule, Severity.ERROR, messageKey, List.of(args));
    }

    public static RuleViolation warning(String rule, String messageKey, Object... args) {
        return new RuleViolation(rule, Severity.WARNING, messageKey, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
