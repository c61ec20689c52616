package id.rentan.funding.domain;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payments (F-05) and the ledger's hash chain (F-06). */
class PaymentAndLedgerTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    static Invoice invoice() {
        Invoice invoice = new Invoice(YearMonth.of(2026, 10), "APBD", "keuangan", NOW);
        PremiumArithmeticTest.setId(invoice, 7L);
        invoice.totals(100, Rupiah.of(1_680_000), 0, Rupiah.ZERO, Rupiah.of(16_800));
        return invoice;
    }

    static Payment.Documents documents(long amount) {
        return new Payment.Documents("SPP-1", LocalDate.of(2026, 11, 2), "SPM-1", LocalDate.of(2026, 11, 3), "SP2D-1",
                LocalDate.of(2026, 11, 4), Rupiah.of(amount));
    }

    @Test
    @DisplayName("F-05: whoever records a payment cannot approve it; someone else can")
    void makerChecker() {
        Payment p = new Payment(invoice(), documents(1_680_000), "keuangan", NOW);
        BusinessException own = assertThrows(BusinessException.class, () -> p.approve("keuangan", NOW));
        assertEquals("funding.payment.ownApproval", own.messageKey());
        assertEquals(PaymentStatus.RECORDED, p.status());
        p.approve("keuangan2", NOW);
        assertEquals(PaymentStatus.APPROVED, p.status());
        p.receipt("BPJS-RCPT-1", NOW);
        assertEquals(PaymentStatus.PAID, p.status());
    }

    @Test
    @DisplayName("F-05: documents in order, amounts positive, SP2D not in the future")
    void documentsChecked() {
        Invoice invoice = invoice();
        assertThrows(BusinessException.class, () -> new Payment(invoice, documents(0), "keuangan", NOW));
        assertThrows(BusinessException.class, () -> new Payment(invoice, new Payment.Documents("SPP", LocalDate.of(2026,
                11, 5), "SPM", LocalDate.of(2026, 11, 3), "SP2D", LocalDate.of(2026, 11, 6), Rupiah.of(1)), "k", NOW));
        assertThrows(BusinessException.class, () -> new Payment(invoice, new Payment.Documents("SPP", LocalDate.of(2026,
                11, 1), "SPM", LocalDate.of(2026, 11, 2), "SP2D", LocalDate.of(2026, 12, 1), Rupiah.of(1)), "k", NOW));
        assertThrows(BusinessException.class, () -> new Payment(invoice, new Payment.Documents(" ", LocalDate.of(2026,
                11, 1), "SPM", LocalDate.of(2026, 11, 2), "SP2D", LocalDate.of(2026, 11, 3), Rupiah.of(1)), "k", NOW));
    }

    @Test
    @DisplayName("F-06: corrections are reversals of approved or paid payments, with a reason")
    void reversal() {
        Payment p = new Payment(invoice(), documents(1_000), "keuangan", NOW);
        assertThrows(BusinessException.class, () -> p.reverse("salah", "keuangan2", NOW));
        p.approve("keuangan2", NOW);
        assertThrows(BusinessException.class, () -> p.reverse(" ", "keuangan2", NOW));
        p.reverse("Nomor SP2D salah ketik", "keuangan2", NOW);
        assertEquals(PaymentStatus.REVERSED, p.status());
        assertFalse(p.disbursed());
    }

    static List<LedgerEntry> chain(int n) {
        List<LedgerEntry> entries = new ArrayList<>();
        String prev = LedgerEntry.GENESIS;
        for (int i = 1; i <= n; i++) {
            LedgerEntry e = LedgerEntry.next(i, prev, LedgerEntryType.PAYMENT_APPROVED, NOW.plusMinutes(i), "keuangan2",
                    2026, 10, "APBD", 7L, (long) i, Rupiah.of(16_800L * i), "SP2D-" + i, "SPM-" + i,
                    "Pembayaran " + i);
            entries.add(e);
            prev = e.hash();
        }
        return entries;
    }

    static LedgerVerification.Result verify(List<LedgerEntry> entries) {
        LedgerVerification v = new LedgerVerification();
        entries.forEach(v::accept);
        return v.result();
    }

    @Test
    @DisplayName("F-06: an untouched chain verifies")
    void intactChain() {
        LedgerVerification.Result r = verify(chain(50));
        assertTrue(r.valid());
        assertEquals(50, r.entries());
        assertNull(r.firstBrokenEntry());
    }

    @Test
    @DisplayName("F-06: a changed amount is found at its entry")
    void changedAmount() {
        List<LedgerEntry> entries = chain(20);
        LedgerEntry e = entries.get(11);
        entries.set(11, new LedgerEntry(e.seq(), e.type(), e.recordedAt(), e.recordedBy(), e.fiscalYear(), e.month(),
                e.sourceCode(), e.invoiceId(), e.paymentId(), Rupiah.of(1), e.sp2dNumber(), e.reference(),
                e.description(), e.prevHash(), e.hash()));
        LedgerVerification.Result r = verify(entries);
        assertFalse(r.valid());
        assertEquals(12L, r.firstBrokenEntry());
        assertEquals("content", r.problem());
    }

    @Test
    @DisplayName("F-06: a rewritten entry with a recomputed hash breaks the link of the next one")
    void rehashedEntry() {
        List<LedgerEntry> entries = chain(10);
        LedgerEntry e = entries.get(4);
        LedgerEntry forged = LedgerEntry.next(e.seq(), e.prevHash(), e.type(), e.recordedAt(), e.recordedBy(),
                e.fiscalYear(), e.month(), e.sourceCode(), e.invoiceId(), e.paymentId(), Rupiah.of(999),
                e.sp2dNumber(), e.reference(), e.description());
        entries.set(4, forged);
        LedgerVerification.Result r = verify(entries);
        assertEquals(6L, r.firstBrokenEntry());
        assertEquals("link", r.problem());
    }

    @Test
    @DisplayName("F-06: a removed entry is found where the numbers jump")
    void removedEntry() {
        List<LedgerEntry> entries = chain(10);
        entries.remove(3);
        LedgerVerification.Result r = verify(entries);
        assertEquals(5L, r.firstBrokenEntry());
        assertEquals("sequence", r.problem());
    }

    @Test
    @DisplayName("F-06: separators inside values cannot make two entries look alike")
    void canonicalEscaping() {
        LedgerEntry a = LedgerEntry.next(1, LedgerEntry.GENESIS, LedgerEntryType.RECEIPT, NOW, "a", 2026, 1, "APBD",
                null, null, Rupiah.of(1), "x|reference=y", "", "d");
        LedgerEntry b = LedgerEntry.next(1, LedgerEntry.GENESIS, LedgerEntryType.RECEIPT, NOW, "a", 2026, 1, "APBD",
                null, null, Rupiah.of(1), "x", "y", "d");
        assertFalse(a.hash().equals(b.hash()));
        assertEquals(64, a.hash().length());
    }
}
