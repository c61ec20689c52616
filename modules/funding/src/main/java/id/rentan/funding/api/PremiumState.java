package id.rentan.funding.api;

/** Where the premium of one participant's month stands (CL-01). */
public enum PremiumState {
    /** On an invoice that BPJS's receipt marked paid. */
    PAID,
    /** On an invoice that is not paid yet. */
    INVOICED_UNPAID,
    /** The city committed the month, but its invoice has not been generated yet. */
    NOT_INVOICED,
    /** The city never committed to pay this month (before cover, after it ended, or never enrolled). */
    NOT_COMMITTED
}
