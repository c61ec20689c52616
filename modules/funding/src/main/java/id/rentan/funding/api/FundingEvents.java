package id.rentan.funding.api;

/**
 * What happened to the city's money, as CDI events fired in the transaction of the change. Other modules observe them
 * after commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 */
public final class FundingEvents {

    private FundingEvents() {
    }

    /**
     * BPJS's receipts now cover an invoice: every participant billed on it has the month paid (CL-01).
     *
     * @param invoiceId  the invoice
     * @param year       its fiscal year
     * @param month      its month (1-12)
     * @param sourceCode its funding source
     */
    public record InvoicePaid(long invoiceId, int year, int month, String sourceCode) {
    }

    /**
     * A payment of a paid invoice was reversed: the invoice is open again.
     *
     * @param invoiceId the invoice
     * @param year      its fiscal year
     * @param month     its month (1-12)
     */
    public record InvoiceReopened(long invoiceId, int year, int month) {
    }
}
