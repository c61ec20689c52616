package id.rentan.claims.domain;

/** Why a claim is covered, covered at risk, or not covered (CL-01). */
public enum CoverReason {
    /** Active or in grace on the event date and the month's premium is paid. */
    COVERED(true, false),
    /** The month is invoiced but not paid yet, and can still be paid within the grace period. */
    AT_RISK_UNPAID(true, true),
    /** The month is committed but its invoice has not been generated yet; it can still be paid. */
    AT_RISK_NOT_INVOICED(true, true),
    /** BPJS has not registered the participant. */
    NOT_REGISTERED(false, false),
    /** The event happened before cover started. */
    NOT_ACTIVE_YET(false, false),
    /** The participant had lapsed (premiums unpaid beyond the grace period) before the event. */
    LAPSED(false, false),
    /** Cover had ended (terminated or deceased) before the event. */
    ENDED(false, false),
    /** The month's premium was not paid and the grace period is over. */
    MONTH_UNPAID(false, false),
    /** The city never committed the month's premium, so nobody will pay it. */
    MONTH_NOT_FUNDED(false, false);

    private final boolean covered;
    private final boolean atRisk;

    CoverReason(boolean covered, boolean atRisk) {
        this.covered = covered;
        this.atRisk = atRisk;
    }

    public boolean covered() {
        return covered;
    }

    public boolean atRisk() {
        return atRisk;
    }

    public String labelKey() {
        return "claim.cover." + name();
    }
}
