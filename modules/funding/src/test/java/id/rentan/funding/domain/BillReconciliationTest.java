package id.rentan.funding.domain;

import id.rentan.funding.domain.BillReconciliation.BillRow;
import id.rentan.funding.domain.BillReconciliation.Expected;
import id.rentan.funding.domain.BillReconciliation.Outcome;
import id.rentan.funding.domain.BillReconciliation.Result;
import id.rentan.funding.domain.BillReconciliation.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** F-04: BPJS's bill against the city's invoice, line by line. */
class BillReconciliationTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final String A = "3574011201900001";
    private static final String B = "3574011201900002";
    private static final String C = "3574011201900003";
    private static final String DEAD = "3574011201900004";
    private static final String STRANGER = "3574011201900005";

    private final List<Expected> invoice = List.of(
            new Expected(A, "11000001", "ANI", 16_800),
            new Expected(B, "11000002", "BUDI", 16_800),
            new Expected(C, "11000003", "CICI", 16_800));

    private static Row row(Result r, Outcome o) {
        return r.rows().stream().filter(x -> x.outcome() == o).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("F-04: every class of difference is found, with the difference in rupiah")
    void classifiesEveryRow() {
        List<BillRow> bill = List.of(
                new BillRow(2, "11000001", A, "ANI", "2026-03", "16800"),
                // BPJS mistyped the NIK: found by its KPJ (NIK first, then KPJ), billed at another rate
                new BillRow(3, "11000002", "3574011201909999", "BUDI", "03/2026", "Rp 20.000"),
                new BillRow(4, "11000004", DEAD, "DODI", "202603", "16800"),
                new BillRow(5, "11000005", STRANGER, "EKO", "2026-03", "16800"));
        Result r = BillReconciliation.reconcile(MARCH, invoice, Set.of(DEAD), bill);

        assertEquals(1, r.count(Outcome.MATCHED));
        Row wrong = row(r, Outcome.WRONG_RATE);
        assertEquals(B, wrong.nik(), "found by KPJ when the NIK differs");
        assertEquals(20_000 - 16_800, wrong.difference());
        Row afterExit = row(r, Outcome.AFTER_EXIT);
        assertEquals(DEAD, afterExit.nik());
        assertEquals(16_800, afterExit.difference());
        assertEquals(STRANGER, row(r, Outcome.NOT_ENROLLED).nik());
        Row notBilled = row(r, Outcome.NOT_BILLED);
        assertEquals(C, notBilled.nik());
        assertNull(notBilled.line());
        assertEquals(-16_800, notBilled.difference());

        assertEquals(4, r.billRows());
        assertEquals(16_800 + 20_000 + 16_800 + 16_800, r.billTotal());
        assertEquals(3 * 16_800, r.invoiceTotal());
        assertEquals(r.difference(), r.rows().stream().mapToLong(Row::difference).sum(),
                "the differences add up to bill minus invoice");
    }

    @Test
    @DisplayName("F-04: unreadable rows, another month and a NIK billed twice are INVALID and still counted")
    void invalidRows() {
        List<BillRow> bill = List.of(
                new BillRow(2, "11000001", A, "ANI", "2026-03", "16.800"),
                new BillRow(3, "11000001", A, "ANI", "2026-03", "16800"),
                new BillRow(4, "11000002", B, "BUDI", "2026-02", "16800"),
                new BillRow(5, "11000003", C, "CICI", "maret", "16800"),
                new BillRow(6, "11000003", C, "CICI", "2026-03", "enam belas ribu"));
        Result r = BillReconciliation.reconcile(MARCH, invoice, Set.of(), bill);
        assertEquals(1, r.count(Outcome.MATCHED));
        assertEquals(4, r.count(Outcome.INVALID));
        assertEquals(2, r.count(Outcome.NOT_BILLED), "B (other month) and C (unreadable) count as not billed");
        assertEquals(r.difference(), r.rows().stream().mapToLong(Row::difference).sum());
    }

    @Test
    void amountsAndPeriodsInTheFormsBpjsUses() {
        assertEquals(16_800L, BillReconciliation.amount("16800"));
        assertEquals(16_800L, BillReconciliation.amount("16.800"));
        assertEquals(16_800L, BillReconciliation.amount("16,800"));
        assertEquals(16_800L, BillReconciliation.amount("Rp 16.800"));
        assertEquals(16_800L, BillReconciliation.amount("16800.00"));
        assertNull(BillReconciliation.amount("16.8"));
        assertEquals(MARCH, BillReconciliation.period("2026-03"));
        assertEquals(MARCH, BillReconciliation.period("202603"));
        assertEquals(MARCH, BillReconciliation.period("03/2026"));
        assertNull(BillReconciliation.period("2026-13"));
    }
}
