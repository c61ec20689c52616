package id.rentan.reporting.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence pack's totals and the checks that tie them (F-03, F-05, F-06, F-07, C-05). */
class EvidenceTallyTest {

    static EvidenceTally year() {
        return EvidenceTallyTestData.year();
    }

    private static Map<String, EvidenceTally.Check> checks(EvidenceTally t) {
        return t.checks().stream().collect(Collectors.toMap(EvidenceTally.Check::key, c -> c));
    }

    private static Map<String, Number> figures(EvidenceTally t) {
        return t.figures().stream().collect(Collectors.toMap(EvidenceTally.Figure::key, EvidenceTally.Figure::value));
    }

    @Test
    @DisplayName("F-03/F-05/F-06: a consistent year ties everywhere; reversals and recorded payments count as nothing")
    void aConsistentYearTies() {
        EvidenceTally t = year();
        List<EvidenceTally.Check> failed = t.checks().stream().filter(c -> !c.ok()).toList();
        assertEquals(List.of(), failed);
        assertTrue(t.allTie());
        Map<String, Number> f = figures(t);
        assertEquals(907_200_000L, f.get("allocated"));
        assertEquals(3L, f.get("invoices"));
        assertEquals(300L, f.get("rosterLines"));
        assertEquals(5_040_000L, f.get("premiums"));
        assertEquals(-16_800L, f.get("credits"));
        assertEquals(5_023_200L, f.get("invoiced"));
        assertEquals(3_343_200L, f.get("paidInvoices"));
        assertEquals(5L, f.get("payments"));
        assertEquals(5_023_200L, f.get("disbursed"), "approved or paid, not reversed; the recorded one waits");
        assertEquals(3_343_200L, f.get("paid"), "with BPJS's receipt, not reversed");
        assertEquals(1_663_200L, f.get("reversed"));
        assertEquals(907_200_000L - 5_023_200L, f.get("remaining"));
        assertEquals(9L, f.get("ledgerEntries"));
        assertEquals(101L, f.get("reconciliationRows"));
        assertEquals(12L, f.get("files"));
        assertEquals(0.4, f.get("absorption"), "F-07: 3.343.200 / 907.200.000 = 0,37 %, one decimal");
        EvidenceTally.Check disbursed = checks(t).get("disbursed");
        assertEquals(5_023_200, disbursed.left());
        assertEquals(6_686_400 - 1_663_200, disbursed.right(), "the ledger's approvals less its reversals");
        assertEquals(3_343_200, checks(t).get("receipts").right(), "receipts of reversed payments do not count");
        assertEquals(t.disbursed(), 5_023_200);
        assertEquals(t.paid(), 3_343_200);
    }

    @Test
    @DisplayName("F-06: a ledger amount changed after the fact breaks the payment check and the entry's own hash")
    void aTamperedLedgerAmountShows() {
        EvidenceTally t = new EvidenceTally();
        t.allocation(10_000_000);
        t.ledgerEntry("PAYMENT_APPROVED", 1L, 1_681_000, false); // +1.000 by someone with database rights
        t.ledgerEntry("RECEIPT", 1L, 1_680_000, true);
        t.invoice(100, 1_680_000, 0, 1_680_000, true, 100, 1_680_000);
        t.payment("PAID", 1_680_000);
        t.database(1_680_000, 1_680_000);
        Map<String, EvidenceTally.Check> c = checks(t);
        assertFalse(c.get("disbursed").ok());
        assertEquals(1_681_000, c.get("disbursed").right());
        assertFalse(c.get("ledgerIntact").ok());
        assertEquals(1, c.get("ledgerIntact").left());
        assertEquals(2, c.get("ledgerIntact").right());
        assertTrue(c.get("receipts").ok());
        assertFalse(t.allTie());
    }

    @Test
    @DisplayName("F-03: a roster that lost a line, or whose sum differs, does not tie with its invoice")
    void aRosterThatDiffersFromItsInvoice() {
        EvidenceTally t = new EvidenceTally();
        assertFalse(t.invoice(100, 1_680_000, 0, 1_680_000, false, 99, 1_663_200));
        assertTrue(t.invoice(50, 840_000, 0, 840_000, false, 50, 840_000));
        Map<String, EvidenceTally.Check> c = checks(t);
        assertFalse(c.get("invoiceTotals").ok());
        assertFalse(c.get("invoiceLines").ok());
        assertEquals(1, c.get("invoicesMatched").left());
        assertEquals(2, c.get("invoicesMatched").right());
        assertFalse(c.get("databaseRoster").ok(), "the database's own sum (not given: 0) differs from the files'");
    }

    @Test
    @DisplayName("F-05: more disbursed than allocated is flagged; the credits must equal the ledger's credit entries")
    void overTheAllocationAndCredits() {
        EvidenceTally t = new EvidenceTally();
        t.allocation(1_000_000);
        t.payment("APPROVED", 1_680_000);
        t.ledgerEntry("PAYMENT_APPROVED", 1L, 1_680_000, true);
        t.invoice(101, 1_680_000, -16_800, 1_663_200, false, 101, 1_663_200);
        Map<String, EvidenceTally.Check> c = checks(t);
        assertFalse(c.get("allocation").ok());
        assertEquals(EvidenceTally.Relation.AT_MOST, c.get("allocation").relation());
        assertFalse(c.get("credits").ok(), "the invoice's credit has no CREDIT entry in the ledger");
        assertEquals(0.0, figures(t).get("absorption"), "nothing paid");
        assertEquals(-680_000L, figures(t).get("remaining"));
    }
}
