package id.rentan.funding.domain;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Storage of the funding module: sources, budget lines, commitments, invoices, payments, the ledger. */
public interface FundingRepository {

    // ---- sources and budget lines -----------------------------------------------------------------------------
    List<FundingSource> sources();

    Optional<FundingSource> source(String code);

    FundingSource add(FundingSource source);

    List<BudgetLine> lines(int fiscalYear);

    /** The lines of a year, locked for update in id order (commitments of one year are decided one at a time). */
    List<BudgetLine> lockLines(int fiscalYear);

    Optional<BudgetLine> line(int fiscalYear, String sourceCode, String opdCode, String sectorCode);

    BudgetLine lockLine(long id);

    BudgetLine add(BudgetLine line);

    AllocationVersion add(AllocationVersion version);

    List<AllocationVersion> versions(long budgetLineId);

    // ---- commitments -----------------------------------------------------------------------------------------
    Commitment add(Commitment commitment);

    Optional<Commitment> commitment(long participantId, int fiscalYear);

    /** Participants with a commitment (in any state) for a year. */
    java.util.Set<Long> committedParticipants(int fiscalYear);

    /** The participant's commitments of a year and later, locked. */
    List<Commitment> lockCommitmentsFrom(long participantId, int fiscalYear);

    /** Sums per budget line of what was invoiced and what was paid (premium and credit lines of paid invoices). */
    Map<Long, long[]> invoicedAndPaidByLine(int fiscalYear);

    /** Adds commitments in bulk (JDBC batch), e.g. a new fiscal year for the whole programme. */
    void addAll(List<Commitment> commitments);

    // ---- invoices ------------------------------------------------------------------------------------------------
    Optional<Invoice> invoice(long id);

    Optional<Invoice> invoice(YearMonth period, String sourceCode);

    Invoice lockInvoice(long id);

    Invoice add(Invoice invoice);

    default Page<Invoice> invoices(Integer fiscalYear, String sourceCode, InvoiceStatus status, PageRequest page) {
        return invoices(fiscalYear, null, sourceCode, status, page);
    }

    /** Invoices, newest first, of a year, month (1-12), source and status ({@code null}: any). */
    Page<Invoice> invoices(Integer fiscalYear, Integer month, String sourceCode, InvoiceStatus status,
                           PageRequest page);

    /**
     * Writes an invoice's frozen lines: a PREMIUM line for every covered commitment of the source billed in the month
     * (C-04), at the rate per reported income given (C-03, kept with the invoice), and a CREDIT line for every month
     * of a paid invoice that falls after its participant's death or exit and was not credited yet (C-05); then what
     * the invoice charges each budget line.
     *
     * @param ratePerIncome the rate of every income {@link #billedIncomes billed}; a billed participant whose income
     *                      is missing (it changed meanwhile) makes the whole invoice fail with a conflict
     * @return {premium lines, premium sum, credit lines, credit sum, distinct premium rates, lowest premium rate},
     *         summed in one pass over the new lines
     */
    long[] writeLines(Invoice invoice, Map<Long, Long> ratePerIncome);

    /** Distinct reported incomes of the participants billed for a month and source. */
    List<Long> billedIncomes(YearMonth period, String sourceCode);


    Page<InvoiceLine> lines(long invoiceId, DataScope scope, PageRequest page);

    /** Every line of an invoice in line order, read in keyset pages (at most one page in memory). */
    void forEachLine(long invoiceId, Consumer<InvoiceLine> consumer);

    /**
     * The invoices' frozen line counts and sums per invoice of a year and source, as written with the lines
     * ({@code invoice_budget_total}).
     *
     * @return {lines, amount} per invoice id
     */
    Map<Long, long[]> rosterTotals(int fiscalYear, String sourceCode);

    // ---- reconciliations (F-04) --------------------------------------------------------------------------------
    /** NIKs of a source whose cover of the period's year ended before the period's month (death or exit). */
    java.util.Set<String> exitedBefore(YearMonth period, String sourceCode);

    /** Stores a reconciliation and its rows (JDBC batch). */
    Reconciliation add(Reconciliation reconciliation, List<BillReconciliation.Row> rows);

    Optional<Reconciliation> reconciliation(long id);

    /** The reconciliations of an invoice, newest first. */
    List<Reconciliation> reconciliations(long invoiceId);

    /** A page of a reconciliation's rows, optionally of one outcome, bill rows first in line order. */
    Page<BillReconciliation.Row> reconciliationRows(long reconciliationId, BillReconciliation.Outcome outcome,
                                                    PageRequest page);

    void forEachReconciliationRow(long reconciliationId, Consumer<BillReconciliation.Row> consumer);

    // ---- payments ------------------------------------------------------------------------------------------------
    Payment add(Payment payment);

    Optional<Payment> payment(long id);

    Payment lockPayment(long id);

    boolean sp2dUsed(String sp2dNumber);

    List<Payment> payments(long invoiceId);

    Page<Payment> payments(PaymentStatus status, PageRequest page);

    /** The payments (in every status) of the invoices of a year and source, in id order. */
    List<Payment> payments(int fiscalYear, String sourceCode);

    /** Approved or paid (not reversed) payments of an invoice, summed. */
    long disbursedForInvoice(long invoiceId);

    /** Approved or paid (not reversed) payments of a year and source, summed. */
    long disbursed(int fiscalYear, String sourceCode);

    /** The allocations of a year and source, summed over their lines. */
    long allocated(int fiscalYear, String sourceCode);

    // ---- ledger --------------------------------------------------------------------------------------------------
    /** Appends an entry after the last one (the head is locked, so entries form one chain). */
    LedgerEntry append(LedgerDraft draft, String by, LocalDateTime at);

    /** Every entry in sequence order. */
    void forEachLedgerEntry(Consumer<LedgerEntry> consumer);

    long ledgerHeadSeq();

    Page<LedgerEntry> ledger(LedgerFilter filter, PageRequest page);

    /**
     * Every entry the filter matches, newest or oldest first, read in keyset pages ({@code seq} after the last one
     * read) of the given size: however long the ledger, at most one page is in memory.
     */
    void forEachLedgerEntry(LedgerFilter filter, boolean newestFirst, int pageSize, Consumer<LedgerEntry> consumer);

    /** The entries of a year and source summed per type. */
    Map<LedgerEntryType, Long> ledgerSums(int fiscalYear, String sourceCode);

    /** The fiscal years and sources that have an allocation or an invoice, newest year first. */
    List<YearSource> yearsAndSources();

    /** A fiscal year and a funding source. */
    record YearSource(int fiscalYear, String sourceCode) {
    }

    /**
     * What an entry will say; the sequence number, time, author and hashes are added when it is appended.
     */
    record LedgerDraft(LedgerEntryType type, int fiscalYear, int month, String sourceCode, Long invoiceId,
                       Long paymentId, id.rentan.platform.api.money.Rupiah amount, String sp2dNumber, String reference,
                       String description) {
    }

    /**
     * Filters of the disbursement history.
     *
     * @param fiscalYear year, or {@code null}
     * @param sourceCode source, or {@code null}
     * @param opdCode    entries of invoices with lines of this OPD, or {@code null}
     * @param month      month, or {@code null}
     * @param sp2dNumber SP2D number (exact), or {@code null}
     */
    record LedgerFilter(Integer fiscalYear, String sourceCode, String opdCode, Integer month, String sp2dNumber) {
    }

    // ---- arrears -------------------------------------------------------------------------------------------------

    /**
     * Participants covered in a month (a COVERED commitment billed in it, C-04) for whom no paid invoice holds a
     * PREMIUM line of that month: {participant, source, OPD, NIK, name, reported income}.
     */
    void forEachUnpaid(YearMonth period, Consumer<Unpaid> consumer);

    /** A covered month without a paid premium. */
    record Unpaid(long participantId, String sourceCode, String opdCode, String nik, String fullName,
                  long reportedIncome) {
    }

    /** Participants on the current arrears list and the status they were left in. */
    Map<Long, String> arrearsStatuses();

    void replaceArrears(Collection<Arrear> arrears, LocalDateTime checkedAt);

    Page<Arrear> arrears(DataScope scope, PageRequest page);

    /**
     * A participant at risk.
     *
     * @param participantId participant
     * @param sourceCode    the source whose invoices are unpaid
     * @param opdCode       OPD
     * @param nik           NIK
     * @param fullName      name
     * @param since         first unpaid month
     * @param unpaidMonths  unpaid months
     * @param amount        what is owed
     * @param status        the participant's status after the check
     */
    record Arrear(long participantId, String sourceCode, String opdCode, String nik, String fullName, YearMonth since,
                  int unpaidMonths, long amount, String status) {
    }

    /**
     * CL-01: the PREMIUM line billing a participant's month, with its invoice's id, source and status, if any.
     *
     * @return {invoiceId, sourceCode, invoiceStatus} or empty
     */
    Optional<BilledMonth> billedMonth(long participantId, YearMonth period);

    /** The source of the commitment that covers a participant's month (not released), if any. */
    Optional<String> committedSource(long participantId, YearMonth period);

    /** A month billed for a participant. */
    record BilledMonth(long invoiceId, String sourceCode, InvoiceStatus invoiceStatus) {
    }

    // ---- statistics, summed in the database ---------------------------------------------------------------

    /**
     * What the invoices of a fiscal year charge, per source and month (optionally of one source): from the invoices'
     * own totals, or, for one OPD, from the lines billing its participants.
     */
    List<MonthSums> monthSums(int fiscalYear, String sourceCode, String opdCode);

    /**
     * One source's month.
     *
     * @param invoices         invoices (with a line of the OPD, when one is given)
     * @param paidInvoices     of which paid
     * @param invoiced         premiums less credits
     * @param paid             the same on paid invoices
     * @param premiumLines     premium lines
     * @param paidPremiumLines premium lines on paid invoices
     */
    record MonthSums(String sourceCode, int month, int invoices, int paidInvoices, long invoiced, long paid,
                     long premiumLines, long paidPremiumLines) {
    }

    /**
     * Participants with a premium line on a paid invoice of a fiscal year, per source and in all (each once; a
     * participant has one commitment, so one source, per fiscal year).
     */
    ParticipantCounts paidParticipants(int fiscalYear, String sourceCode, String opdCode);

    /**
     * @param bySource per source
     * @param total    over the sources, each participant once
     */
    record ParticipantCounts(Map<String, Long> bySource, long total) {
    }

    /**
     * Commitments of a fiscal year per source: {amount committed, participants with a commitment not released}; of
     * one OPD's participants when an OPD is given.
     */
    Map<String, long[]> commitmentSums(int fiscalYear, String sourceCode, String opdCode);

    /** The budget lines of a fiscal year reserved to an OPD, per source: {allocated, committed}. */
    Map<String, long[]> reservedLineSums(int fiscalYear, String sourceCode, String opdCode);

    /** The fiscal year's invoices not paid; for an OPD, those with lines of its participants and their lines' sum. */
    UnpaidSums unpaidInvoices(int fiscalYear, String sourceCode, String opdCode);

    /**
     * @param invoices    how many
     * @param amount      what they charge
     * @param oldestMonth the month (1-12) of the oldest, or {@code null}
     */
    record UnpaidSums(int invoices, long amount, Integer oldestMonth) {
    }

    /** The arrears list summed per participant status (of one source and/or OPD when given). */
    List<ArrearsSums> arrearsSums(String sourceCode, String opdCode);

    /**
     * @param status       the participant's status after the check
     * @param participants how many
     * @param owed         what they owe
     * @param oldestSince  the oldest unpaid month
     * @param checkedAt    when the list was made
     */
    record ArrearsSums(String status, long participants, long owed, YearMonth oldestSince, LocalDateTime checkedAt) {
    }
}
