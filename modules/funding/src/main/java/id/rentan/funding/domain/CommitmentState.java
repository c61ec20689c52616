package id.rentan.funding.domain;

/** Where a commitment stands: planned at submission, covered once BPJS registered the participant, or released. */
public enum CommitmentState {
    /** Submitted to BPJS; the months from the planned start are reserved. */
    PLANNED,
    /** Registered by BPJS: its months are billed (C-04). */
    COVERED,
    /** BPJS refused the participant: nothing is reserved any more. */
    RELEASED
}
