package id.rentan.funding.domain;

/** An invoice is issued, then paid once BPJS's receipt covers its total. */
public enum InvoiceStatus {
    ISSUED,
    PAID
}
