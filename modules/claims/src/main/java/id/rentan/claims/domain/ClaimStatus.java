package id.rentan.claims.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The claim lifecycle of section 7: {@code REPORTED -> DOCUMENTS_INCOMPLETE -> SUBMITTED -> APPROVED -> PAID}, or
 * {@code REJECTED} with a reason.
 */
public enum ClaimStatus {
    REPORTED,
    DOCUMENTS_INCOMPLETE,
    SUBMITTED,
    APPROVED,
    PAID,
    REJECTED;

    private static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = Map.of(
            REPORTED, EnumSet.of(DOCUMENTS_INCOMPLETE, SUBMITTED, REJECTED),
            DOCUMENTS_INCOMPLETE, EnumSet.of(SUBMITTED, REJECTED),
            SUBMITTED, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(PAID),
            PAID, EnumSet.noneOf(ClaimStatus.class),
            REJECTED, EnumSet.noneOf(ClaimStatus.class));

    public boolean mayMoveTo(ClaimStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** Still being worked on: documents, heirs and the cover check can change. */
    public boolean isOpen() {
        return this == REPORTED || this == DOCUMENTS_INCOMPLETE;
    }

    public String labelKey() {
        return "claim.status." + name();
    }
}
