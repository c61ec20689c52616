package id.rentan.platform.api.error;

import java.util.List;

/**
 * Input refused because it breaks one or more rules. Every violation is kept, so a form or an import report can
 * show all problems at once, not only the first one.
 */
public class ValidationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleViolation> violations;

    public ValidationException(List<RuleViolation> violations) {
        super(Kind.INVALID, first(violations).rule(), first(violations).messageKey(),
                first(violations).args().toArray());
        this.violations = List.copyOf(violations);
    }

    public ValidationException(RuleViolation violation) {
        this(List.of(violation));
    }

    private static RuleViolation first(List<RuleViolation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return violations.get(0);
    }

    public List<RuleViolation> violations() {
        return violations == null ? List.of() : violations;
    }
}
