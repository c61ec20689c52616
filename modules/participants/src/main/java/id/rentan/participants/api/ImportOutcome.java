package id.rentan.participants.api;

/** What happened to one row of an import. */
public enum ImportOutcome {
    /** Every rule passed: the row is (or, in a dry run, would be) a new candidate. Warnings may be attached. */
    ACCEPTED,
    /** At least one rule refused the row; nothing was saved for it. */
    REJECTED,
    /** The NIK already holds an enrolment (V-06), or an earlier row of the same file has it. */
    DUPLICATE
}
