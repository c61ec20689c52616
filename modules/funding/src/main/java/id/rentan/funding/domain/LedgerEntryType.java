package id.rentan.funding.domain;

/** F-06: what a ledger entry records. */
public enum LedgerEntryType {
    /** A payment approved (money leaves the allocation). */
    PAYMENT_APPROVED,
    /** BPJS's receipt for a payment. */
    RECEIPT,
    /** Months paid after a death or exit given back on an invoice (C-05), negative. */
    CREDIT,
    /** A payment reversed (correction), negative. */
    REVERSAL
}
