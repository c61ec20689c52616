package id.rentan.reporting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of an evidence pack, summed from exactly the rows written to its files while they are written, and the
 * checks that tie them together (F-03, F-05, F-06, F-07): the invoices' totals equal their frozen rosters, the payments
 * equal the ledger's approvals less its reversals, the credits equal the ledger's credit entries, nothing was paid
 * beyond the allocation, every entry of the year's ledger still gives its own hash, and the database's own sums agree
 * with the files. An auditor can redo every check from the files alone.
 */
public final class EvidenceTally {

    /** How a figure is shown. */
    public enum Unit { RUPIAH, COUNT, PERCENT }

    /**
     * A figure of the summary.
     *
     * @param key   its name; its label is the text {@code evidence.figure.<key>}
     * @param unit  rupiah, a count, or a percentage
     * @param value a {@code Long}, or a {@code Double} for a percentage
     */
    public record Figure(String key, Unit unit, Number value) {
    }

    /** How the two sides of a check must compare. */
    public enum Relation {
        EQUAL("="), AT_MOST("<=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * A check: two sums that must tie.
     *
     * @param key      its name; its description is the text {@code evidence.check.<key>}
     * @param left     the first sum
     * @param relation how they must compare
     * @param right    the second sum
     * @param ok       whether they do
     */
    public record Check(String key, long left, Relation relation, long right, boolean ok) {

        static Check of(String key, long left, Relation relation, long right) {
            return new Check(key, left, relation, right, relation == Relation.EQUAL ? left == right : left <= right);
        }
    }

    private long allocated;

    private long ledgerEntries;
    private long ledgerIntact;
    private long ledgerApproved;
    private long ledgerReceipts;
    private long ledgerCredits;
    private long ledgerReversals;
    private final Map<Long, Long> receiptsByPayment = new HashMap<>();
    private final Set<Long> reversedPayments = new HashSet<>();
    private long receiptsWithoutPayment;

    private int invoices;
    private int invoicesMatchingRoster;
    private long invoiceLines;
    private long premiums;
    private long credits;
    private long invoiced;
    private long paidInvoices;
    private long rosterRows;
    private long rosterAmount;

    private int payments;
    private long disbursed;
    private long paid;
    private long reversed;

    private int reconciliations;
    private long reconciliationRows;

    private long databaseRosterAmount;
    private long databaseDisbursed;

    private int files;

    /** The allocations of the year and source, summed (F-01). */
    public void allocation(long amount) {
        allocated = amount;
    }

    /**
     * A ledger entry as written to {@code ledger.csv}.
     *
     * @param type      {@code PAYMENT_APPROVED}, {@code RECEIPT}, {@code CREDIT} or {@code REVERSAL}
     * @param paymentId its payment, if any
     * @param amount    its amount (negative for credits and reversals)
     * @param intact    whether its stored hash is the hash of its content
     */
    public void ledgerEntry(String type, Long paymentId, long amount, boolean intact) {
        ledgerEntries++;
        if (intact) {
            ledgerIntact++;
        }
        switch (type) {
            case "PAYMENT_APPROVED" -> ledgerApproved += amount;
            case "RECEIPT" -> {
                ledgerReceipts += amount;
                if (paymentId == null) {
                    receiptsWithoutPayment += amount;
                } else {
                    receiptsByPayment.merge(paymentId, amount, Long::sum);
                }
            }
            case "CREDIT" -> ledgerCredits += amount;
            case "REVERSAL" -> {
                ledgerReversals += amount;
                if (paymentId != null) {
                    reversedPayments.add(paymentId);
                }
            }
            default -> throw new IllegalArgumentException("unknown ledger entry type " + type);
        }
    }

    /**
     * An invoice as written to {@code invoices.csv}, with what its roster file holds.
     *
     * @param lines        the invoice's line count (premium and credit lines)
     * @param total        premiums plus credits
     * @param isPaid       whether BPJS's receipts cover it
     * @param rosterRows   rows written to its roster file
     * @param rosterSum    their amounts, summed
     * @return whether the roster ties with the invoice (same count, same sum)
     */
    public boolean invoice(int lines, long premiums, long credits, long total, boolean isPaid, long rosterRows,
                           long rosterSum) {
        invoices++;
        invoiceLines += lines;
        this.premiums += premiums;
        this.credits += credits;
        invoiced += total;
        if (isPaid) {
            paidInvoices += total;
        }
        this.rosterRows += rosterRows;
        rosterAmount += rosterSum;
        boolean ties = lines == rosterRows && total == rosterSum;
        if (ties) {
            invoicesMatchingRoster++;
        }
        return ties;
    }

    /**
     * A payment as written to {@code payments.csv}.
     *
     * @param status {@code RECORDED}, {@code APPROVED}, {@code PAID} or {@code REVERSED}
     */
    public void payment(String status, long amount) {
        payments++;
        switch (status) {
            case "APPROVED" -> disbursed += amount;
            case "PAID" -> {
                disbursed += amount;
                paid += amount;
            }
            case "REVERSED" -> reversed += amount;
            case "RECORDED" -> {
                // waiting for approval: no money has left the allocation yet
            }
            default -> throw new IllegalArgumentException("unknown payment status " + status);
        }
    }

    /** A reconciliation and the rows written to its file. */
    public void reconciliation(long rows) {
        reconciliations++;
        reconciliationRows += rows;
    }

    /**
     * What the database sums by itself: the rosters as summed when they were written, and the disbursed payments.
     */
    public void database(long rosterAmount, long disbursed) {
        databaseRosterAmount = rosterAmount;
        databaseDisbursed = disbursed;
    }

    /** The pack's file count (every file, the manifest included). */
    public void files(int count) {
        files = count;
    }

    /** Receipts in the ledger for payments that were not reversed afterwards. */
    long netLedgerReceipts() {
        long net = receiptsWithoutPayment;
        for (Map.Entry<Long, Long> e : receiptsByPayment.entrySet()) {
            if (!reversedPayments.contains(e.getKey())) {
                net += e.getValue();
            }
        }
        return net;
    }

    /** The summary's figures, in the order shown. */
    public List<Figure> figures() {
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("allocated", Unit.RUPIAH, allocated));
        f.add(new Figure("invoices", Unit.COUNT, (long) invoices));
        f.add(new Figure("rosterLines", Unit.COUNT, rosterRows));
        f.add(new Figure("premiums", Unit.RUPIAH, premiums));
        f.add(new Figure("credits", Unit.RUPIAH, credits));
        f.add(new Figure("invoiced", Unit.RUPIAH, invoiced));
        f.add(new Figure("paidInvoices", Unit.RUPIAH, paidInvoices));
        f.add(new Figure("absorption", Unit.PERCENT, absorption()));
        f.add(new Figure("payments", Unit.COUNT, (long) payments));
        f.add(new Figure("disbursed", Unit.RUPIAH, disbursed));
        f.add(new Figure("paid", Unit.RUPIAH, paid));
        f.add(new Figure("reversed", Unit.RUPIAH, reversed));
        f.add(new Figure("remaining", Unit.RUPIAH, allocated - disbursed));
        f.add(new Figure("ledgerEntries", Unit.COUNT, ledgerEntries));
        f.add(new Figure("ledgerApproved", Unit.RUPIAH, ledgerApproved));
        f.add(new Figure("ledgerReceipts", Unit.RUPIAH, ledgerReceipts));
        f.add(new Figure("ledgerCredits", Unit.RUPIAH, ledgerCredits));
        f.add(new Figure("ledgerReversals", Unit.RUPIAH, ledgerReversals));
        f.add(new Figure("reconciliations", Unit.COUNT, (long) reconciliations));
        f.add(new Figure("reconciliationRows", Unit.COUNT, reconciliationRows));
        f.add(new Figure("files", Unit.COUNT, (long) files));
        return f;
    }

    /** F-07: paid invoices / allocation, in percent with one decimal (0 without an allocation). */
    double absorption() {
        return allocated <= 0 ? 0 : Math.round(paidInvoices * 1000.0 / allocated) / 10.0;
    }

    /** The checks, in the order shown. */
    public List<Check> checks() {
        return List.of(
                Check.of("invoiceTotals", invoiced, Relation.EQUAL, rosterAmount),
                Check.of("invoiceLines", invoiceLines, Relation.EQUAL, rosterRows),
                Check.of("invoicesMatched", invoicesMatchingRoster, Relation.EQUAL, invoices),
                Check.of("credits", credits, Relation.EQUAL, ledgerCredits),
                Check.of("disbursed", disbursed, Relation.EQUAL, ledgerApproved + ledgerReversals),
                Check.of("receipts", paid, Relation.EQUAL, netLedgerReceipts()),
                Check.of("allocation", disbursed, Relation.AT_MOST, allocated),
                Check.of("ledgerIntact", ledgerIntact, Relation.EQUAL, ledgerEntries),
                Check.of("databaseRoster", databaseRosterAmount, Relation.EQUAL, rosterAmount),
                Check.of("databaseDisbursed", databaseDisbursed, Relation.EQUAL, disbursed));
    }

    /** Whether every check holds. */
    public boolean allTie() {
        return checks().stream().allMatch(Check::ok);
    }

    /** Ledger entries of the year and source so far. */
    public long ledgerEntries() {
        return ledgerEntries;
    }

    /** Of those, the ones whose stored hash is the hash of their content. */
    public long ledgerIntact() {
        return ledgerIntact;
    }

    public long disbursed() {
        return disbursed;
    }

    public long paid() {
        return paid;
    }
}
