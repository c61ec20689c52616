package id.rentan.funding.api;

import id.rentan.platform.api.money.Rupiah;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * R-04 / F-07: where the budget of a fiscal year stands, for one funding source or all of them, in the reader's scope.
 *
 * <p>What the figures mean:
 * <ul>
 *   <li><b>allocated</b>: the allocations (pagu) of the year's budget lines (F-01);</li>
 *   <li><b>committed</b>: the premiums reserved for participants to December (F-02), less what deaths, exits and
 *       BPJS's refusals released;</li>
 *   <li><b>invoiced</b>: what the year's invoices charge (premium lines less credits, F-03, C-05), counted in the
 *       month the invoice bills (not the day it was paid);</li>
 *   <li><b>paid</b>: the same for the invoices BPJS's receipt marked paid (F-05);</li>
 *   <li><b>remaining</b>: allocated - committed;</li>
 *   <li><b>absorption</b>: paid / allocated in percent with one decimal (F-07); {@code null} without an
 *       allocation;</li>
 *   <li><b>cost per participant</b>: paid / the participants with a premium line on a paid invoice of the year
 *       (each counted once however many months were paid), in whole rupiah; {@code null} when nobody was paid for.
 *       With every month paid at the city's default rate it is Rp201,600 (C-02); participants who joined during the
 *       year or died bring it down.</li>
 * </ul>
 *
 * <p>Scope: an OPD operator gets its own OPD's figures: committed, invoiced, paid and participants of its own
 * participants (commitments and invoice lines carry the participant's OPD), and as allocation only the budget lines
 * reserved to its OPD (F-01's optional split; none when the city does not split the allocation by OPD, and then no
 * remaining and no absorption). Every other reader gets the whole city. The participants at risk are those of the
 * last arrears check (a list kept up to date nightly, not per year), of the chosen source and the reader's scope.
 *
 * @param year       the fiscal year
 * @param sourceCode the source chosen, or {@code null} for all
 * @param opdCode    the OPD the figures are restricted to, or {@code null} for every OPD
 * @param sources    one row per source that has an allocation, a commitment or an invoice in the year, by priority
 * @param total      the sum of the sources (participants counted once)
 * @param months     January to December, each with what its invoices charge and what of it is paid
 * @param unpaid     the year's invoices not paid yet
 * @param atRisk     participants with covered months not paid (arrears, GRACE, LAPSED)
 */
public record BudgetReport(int year, String sourceCode, String opdCode, List<Source> sources, Source total,
                           List<Month> months, Unpaid unpaid, AtRisk atRisk) implements Serializable {

    public BudgetReport {
        sources = List.copyOf(sources);
        months = List.copyOf(months);
    }

    /**
     * One source's figures (or the total, with {@code sourceCode} {@code null}).
     *
     * @param sourceCode            source, or {@code null} for the total
     * @param allocated             allocations
     * @param committed             commitments
     * @param invoiced              on the year's invoices
     * @param paid                  on its paid invoices
     * @param remaining             allocated - committed, or {@code null} without an allocation
     * @param absorption            paid / allocated in percent, one decimal, or {@code null} without an allocation
     * @param participantsCommitted participants with a commitment (not released) in the year
     * @param participantsPaid      participants with a premium line on a paid invoice of the year
     * @param costPerParticipant    paid / participantsPaid, or {@code null} when nobody was paid for
     */
    public record Source(String sourceCode, Rupiah allocated, Rupiah committed, Rupiah invoiced, Rupiah paid,
                         Rupiah remaining, Double absorption, long participantsCommitted, long participantsPaid,
                         Rupiah costPerParticipant) implements Serializable {

        /** A row from its sums; remaining, absorption and cost per participant follow from them. */
        public static Source of(String sourceCode, Rupiah allocated, Rupiah committed, Rupiah invoiced, Rupiah paid,
                                long participantsCommitted, long participantsPaid) {
            boolean allocation = allocated.isPositive();
            return new Source(sourceCode, allocated, committed, invoiced, paid,
                    allocation ? allocated.minus(committed) : null, BudgetReport.absorption(paid, allocated),
                    participantsCommitted, participantsPaid, BudgetReport.costPerParticipant(paid, participantsPaid));
        }
    }

    /**
     * A month of the year.
     *
     * @param month            1-12
     * @param invoices         invoices of the month (one per source)
     * @param paidInvoices     of which paid
     * @param invoiced         what they charge
     * @param paid             what the paid ones charge
     * @param premiumLines     participants billed (premium lines)
     * @param paidPremiumLines of which on paid invoices
     */
    public record Month(int month, int invoices, int paidInvoices, Rupiah invoiced, Rupiah paid, long premiumLines,
                        long paidPremiumLines) implements Serializable {

        public static Month empty(int month) {
            return new Month(month, 0, 0, Rupiah.ZERO, Rupiah.ZERO, 0, 0);
        }

        public Month plus(Month other) {
            return new Month(month, invoices + other.invoices, paidInvoices + other.paidInvoices,
                    invoiced.plus(other.invoiced), paid.plus(other.paid), premiumLines + other.premiumLines,
                    paidPremiumLines + other.paidPremiumLines);
        }
    }

    /**
     * The year's invoices not paid yet (for an OPD: those billing its participants, and their lines' sum).
     *
     * @param invoices how many
     * @param amount   what they charge
     * @param oldest   the month of the oldest, or {@code null} when there is none
     */
    public record Unpaid(int invoices, Rupiah amount, YearMonth oldest) implements Serializable {
    }

    /**
     * Participants at risk as the last arrears check left them.
     *
     * @param participants how many
     * @param owed         the premiums they owe
     * @param oldestSince  the oldest unpaid month, or {@code null}
     * @param checkedAt    when the list was made, or {@code null} if it never was
     * @param byStatus     per participant status after the check (GRACE, LAPSED, ...)
     */
    public record AtRisk(long participants, Rupiah owed, YearMonth oldestSince, LocalDateTime checkedAt,
                         List<RiskStatus> byStatus) implements Serializable {

        public AtRisk {
            byStatus = List.copyOf(byStatus);
        }
    }

    /**
     * @param status       the participant's status after the check
     * @param participants how many
     * @param owed         what they owe
     */
    public record RiskStatus(String status, long participants, Rupiah owed) implements Serializable {
    }

    /** F-07: paid / allocated in percent with one decimal (half up), or {@code null} without an allocation. */
    public static Double absorption(Rupiah paid, Rupiah allocated) {
        if (!allocated.isPositive()) {
            return null;
        }
        return paid.toBigDecimal().multiply(BigDecimal.valueOf(100))
                .divide(allocated.toBigDecimal(), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Paid / participants in whole rupiah (half up), or {@code null} when nobody was paid for. */
    public static Rupiah costPerParticipant(Rupiah paid, long participants) {
        if (participants <= 0) {
            return null;
        }
        return Rupiah.of(paid.toBigDecimal().divide(BigDecimal.valueOf(participants), 0, RoundingMode.HALF_UP));
    }
}
