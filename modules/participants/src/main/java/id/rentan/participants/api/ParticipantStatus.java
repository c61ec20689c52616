package id.rentan.participants.api;

/**
 * The participant lifecycle of business-rules.md section 4:
 * {@code CANDIDATE -> VERIFIED | REJECTED -> SUBMITTED -> ACTIVE -> GRACE -> LAPSED | TERMINATED | DECEASED}.
 */
public enum ParticipantStatus {
    /** Proposed by an OPD, waiting for verification. */
    CANDIDATE(true),
    /** Checked by the verification team, waiting to be submitted to BPJS. */
    VERIFIED(true),
    /** Refused by the verification team or by BPJS, with a reason. */
    REJECTED(false),
    /** Sent to BPJS in a batch, waiting for the registration result. */
    SUBMITTED(true),
    /** Registered by BPJS (KPJ number, coverage start): covered. */
    ACTIVE(true),
    /** Premiums unpaid, at most the grace period: still covered once paid. */
    GRACE(true),
    /** Unpaid beyond the grace period. */
    LAPSED(false),
    /** Left the programme: moved away, no longer eligible, end of funding. */
    TERMINATED(false),
    /** Died. */
    DECEASED(false);

    private final boolean holdsEnrolment;

    ParticipantStatus(boolean holdsEnrolment) {
        this.holdsEnrolment = holdsEnrolment;
    }

    /** V-06: whether a participant in this status blocks another enrolment of the same NIK. */
    public boolean holdsEnrolment() {
        return holdsEnrolment;
    }

    /** Whether BPJS has registered the participant (the KPJ and coverage start are known). */
    public boolean isRegistered() {
        return this == ACTIVE || this == GRACE || this == LAPSED || this == TERMINATED || this == DECEASED;
    }

    /** Whether the participant's place may be given to a replacement candidate (E-06). */
    public boolean isReplaceable() {
        return this == TERMINATED || this == DECEASED;
    }

    public String labelKey() {
        return "participant.status." + name();
    }
}
