package id.rentan.funding.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * The funding module's facade for the auditor's evidence pack (reporting): for a fiscal year and a funding source, the
 * ledger entries (F-06), the verification of the whole ledger chain, the invoices with their frozen rosters (F-03), the
 * payments with their approvals, receipts and reversals (F-05), the reconciliations of BPJS's bills (F-04), and the
 * totals the database holds. Only ADMIN and AUDITOR may read it. The large sets (ledger entries, roster lines,
 * reconciliation rows) are handed to a consumer as they are read, in keyset pages, never collected; the small ones (at
 * most twelve invoices a year and source, their payments and reconciliations) are lists. Amounts are whole rupiah.
 */
public interface FundingEvidence {

    /** The fiscal years and sources that have an allocation or an invoice, newest year first. */
    List<Period> periods();

    /**
     * A fiscal year and source the pack can be built for.
     *
     * @throws id.rentan.platform.api.error.BusinessException (422) when the source is blank or unknown, or when the
     *                                                       year has neither an allocation nor an invoice of it
     */
    Period period(int year, String sourceCode);

    /**
     * The ledger entries of a year and source, in chain order (oldest first).
     *
     * @return how many were handed to the consumer
     */
    long forEachLedgerEntry(int year, String sourceCode, Consumer<Entry> consumer);

    /** F-06: the whole chain recomputed (every year and source: it is one chain), as the ledger screen does it. */
    Verification verifyLedger();

    /** The invoices of a year and source, by month. */
    List<Invoice> invoices(int year, String sourceCode);

    /**
     * The frozen roster of an invoice (PREMIUM and CREDIT lines), in line order.
     *
     * @return how many lines were handed to the consumer
     */
    long forEachRosterLine(long invoiceId, Consumer<RosterLine> consumer);

    /** The payments of a year's and source's invoices, in every status, oldest first. */
    List<Payment> payments(int year, String sourceCode);

    /** The reconciliations of BPJS's bills for a year's and source's invoices, by month, then upload. */
    List<Reconciliation> reconciliations(int year, String sourceCode);

    /**
     * The rows of a reconciliation, bill rows first in line order, then the invoice lines BPJS did not bill.
     *
     * @return how many rows were handed to the consumer
     */
    long forEachReconciliationRow(long reconciliationId, Consumer<ReconciliationRow> consumer);

    /** The totals of a year and source as the database sums them (independently of the rows above). */
    Totals totals(int year, String sourceCode);

    /**
     * A fiscal year and a funding source.
     *
     * @param year       fiscal year
     * @param sourceCode funding source, e.g. {@code APBD}
     * @param sourceName its name, e.g. "APBD Kota"
     */
    record Period(int year, String sourceCode, String sourceName) implements java.io.Serializable {
    }

    /**
     * A ledger entry.
     *
     * @param seq         position in the chain
     * @param type        {@code PAYMENT_APPROVED}, {@code RECEIPT}, {@code CREDIT} or {@code REVERSAL}
     * @param amount      rupiah, negative for credits and reversals
     * @param intact      whether the entry's stored hash is the hash of its content (the link to the entry before is
     *                    checked by {@link #verifyLedger()})
     */
    record Entry(long seq, String type, LocalDateTime recordedAt, String recordedBy, int year, int month,
                 String sourceCode, Long invoiceId, Long paymentId, long amount, String sp2dNumber, String reference,
                 String description, String prevHash, String hash, boolean intact) {
    }

    /**
     * The result of recomputing the chain.
     *
     * @param entries          entries checked
     * @param valid            whether the whole chain holds
     * @param firstBrokenEntry the first entry that does not, or {@code null}
     * @param problem          {@code content}, {@code link} or {@code sequence}, or {@code null}
     * @param verifiedAt       when
     * @param verifiedBy       by whom
     */
    record Verification(long entries, boolean valid, Long firstBrokenEntry, String problem, LocalDateTime verifiedAt,
                        String verifiedBy) {
    }

    /**
     * An invoice as generated (F-03).
     *
     * @param premiumLines PREMIUM lines on its roster
     * @param creditLines  CREDIT lines on its roster (C-05)
     * @param rate         the rate of every premium line, or {@code null} when they differ
     * @param credits      the credits' sum (negative or zero)
     * @param total        premiums plus credits
     * @param status       {@code ISSUED} or {@code PAID}
     */
    record Invoice(long id, int year, int month, String sourceCode, int premiumLines, int creditLines, Long rate,
                   long premiums, long credits, long total, String status, String generatedBy,
                   LocalDateTime generatedAt, LocalDateTime paidAt) {

        /** Every line of its roster. */
        public int lines() {
            return premiumLines + creditLines;
        }
    }

    /**
     * A line of an invoice's frozen roster.
     *
     * @param kind         {@code PREMIUM} or {@code CREDIT}
     * @param creditPeriod the month a credit refunds ({@code yyyyMM}), or {@code null}
     * @param amount       the premium, or the negative credit
     */
    record RosterLine(long id, String kind, long participantId, String opdCode, String sectorCode, String nik,
                      String kpj, String fullName, Integer creditPeriod, long amount) {
    }

    /**
     * A payment with its treasury documents and who did what (F-05).
     *
     * @param month  the month of its invoice
     * @param status {@code RECORDED}, {@code APPROVED}, {@code PAID} or {@code REVERSED}
     */
    record Payment(long id, long invoiceId, int month, String sppNumber, LocalDate sppDate, String spmNumber,
                   LocalDate spmDate, String sp2dNumber, LocalDate sp2dDate, long amount, String status,
                   String recordedBy, LocalDateTime recordedAt, String approvedBy, LocalDateTime approvedAt,
                   String receiptNumber, LocalDateTime receiptAt, String reversalReason, String reversedBy,
                   LocalDateTime reversedAt) {
    }

    /**
     * One upload of BPJS's bill for an invoice and its result in figures (F-04).
     *
     * @param month        the month of its invoice
     * @param invoiceTotal the invoice's premiums it was matched against
     */
    record Reconciliation(long id, long invoiceId, int month, String fileName, int billRows, long billTotal,
                          long invoiceTotal, int matched, int notEnrolled, int notBilled, int afterExit, int wrongRate,
                          int invalid, String uploadedBy, LocalDateTime uploadedAt) {

        /** Bill total minus the invoice's premiums. */
        public long difference() {
            return billTotal - invoiceTotal;
        }
    }

    /**
     * A row of a reconciliation.
     *
     * @param line    the bill's line, or {@code null} for an invoice line BPJS did not bill
     * @param outcome {@code MATCHED}, {@code WRONG_RATE}, {@code AFTER_EXIT}, {@code NOT_ENROLLED}, {@code NOT_BILLED}
     *                or {@code INVALID}
     */
    record ReconciliationRow(Integer line, String outcome, String kpj, String nik, String name, long billed,
                             long expected, long difference, String note) {
    }

    /**
     * A year's and source's totals as the database sums them.
     *
     * @param allocated       the allocations (pagu), summed over their lines (F-01)
     * @param invoices        invoices
     * @param rosterLines     their lines, as counted when they were written
     * @param premiums        their premiums
     * @param credits         their credits (negative or zero, C-05)
     * @param invoiced        their totals (premiums plus credits)
     * @param rosterAmount    their lines' sum, as summed when they were written
     * @param paidInvoices    the totals of the invoices that BPJS's receipts cover (F-07's "paid")
     * @param payments        payments in every status
     * @param disbursed       approved or paid payments, not reversed: what left the allocation (F-05)
     * @param paid            payments with BPJS's receipt, not reversed
     * @param reversed        reversed payments
     * @param ledgerApproved  the ledger's PAYMENT_APPROVED entries
     * @param ledgerReceipts  its RECEIPT entries
     * @param ledgerCredits   its CREDIT entries (negative or zero)
     * @param ledgerReversals its REVERSAL entries (negative or zero)
     */
    record Totals(long allocated, int invoices, long rosterLines, long premiums, long credits, long invoiced,
                  long rosterAmount, long paidInvoices, int payments, long disbursed, long paid, long reversed,
                  long ledgerApproved, long ledgerReceipts, long ledgerCredits, long ledgerReversals) {
    }
}
