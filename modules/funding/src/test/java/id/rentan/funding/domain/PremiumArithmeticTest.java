package id.rentan.funding.domain;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Premium and commitment arithmetic: C-01..C-05, F-02. */
class PremiumArithmeticTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    /** C-01/C-02: 1% of the income plus Rp6,800, here at fixed parameters. */
    static final RateTable DEFAULT = (income, month) -> Rupiah.of(income / 100 + 6_800);

    /** C-03: JKM goes up to Rp7,500 from July 2027 (a made-up change mid-year). */
    static final RateTable CHANGING = (income, month) ->
            Rupiah.of(income / 100 + (month.isBefore(YearMonth.of(2027, 7)) ? 6_800 : 7_500));

    static BudgetLine line(long allocated) {
        BudgetLine line = new BudgetLine(2027, "APBD", null, null);
        line.allocate(Rupiah.of(allocated));
        setId(line, 1L);
        return line;
    }

    static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Commitment.Holder holder(long id) {
        return new Commitment.Holder(id, "3574010101900001", "Peserta " + id, "DKUPP", "UMKM", 1_000_000);
    }

    @Test
    @DisplayName("C-02: income Rp1,000,000 costs Rp16,800 a month, Rp201,600 a year")
    void defaultPremium() {
        assertEquals(Rupiah.of(16_800), DEFAULT.monthlyPremium(1_000_000, YearMonth.of(2027, 1)));
        assertEquals(Rupiah.of(201_600), DEFAULT.premiums(1_000_000, 2027, 1, 12));
        assertEquals(Rupiah.of(201_600), Commitment.cost(1_000_000, YearMonth.of(2027, 1), DEFAULT));
    }

    @Test
    @DisplayName("F-02: Rp907,200,000 admits exactly 4,500 participants from January and refuses the 4,501st")
    void budgetExample() {
        BudgetLine line = line(907_200_000L);
        Rupiah cost = Commitment.cost(1_000_000, YearMonth.of(2027, 1), DEFAULT);
        for (int i = 0; i < 4_500; i++) {
            assertTrue(line.fits(cost), "participant " + (i + 1));
            line.commit(cost);
        }
        assertEquals(Rupiah.ZERO, line.remaining());
        assertFalse(line.fits(cost));
        BusinessException refused = assertThrows(BusinessException.class, () -> line.commit(cost));
        assertEquals("funding.commit.insufficient", refused.messageKey());
        assertEquals(Rupiah.of(201_600), refused.args().get(0), "perlu Rp 201.600");
        assertEquals(Rupiah.ZERO, refused.args().get(1), "sisa Rp 0");
    }

    @Test
    @DisplayName("F-02: a later start commits only the months to December")
    void laterStart() {
        assertEquals(Rupiah.of(16_800 * 6), Commitment.cost(1_000_000, YearMonth.of(2027, 7), DEFAULT));
        assertEquals(Rupiah.of(16_800), Commitment.cost(1_000_000, YearMonth.of(2027, 12), DEFAULT));
    }

    @Test
    @DisplayName("C-03: a rate change mid-year: each month at the rate of its first day")
    void rateChangeMidYear() {
        // 6 months at 16,800 and 6 at 17,500
        assertEquals(Rupiah.of(6 * 16_800 + 6 * 17_500), CHANGING.premiums(1_000_000, 2027, 1, 12));
        assertEquals(Rupiah.of(17_500), CHANGING.monthlyPremium(1_000_000, YearMonth.of(2027, 7)));
        assertEquals(Rupiah.of(16_800), CHANGING.monthlyPremium(1_000_000, YearMonth.of(2027, 6)));
    }

    @Test
    @DisplayName("C-01: the JKK part follows the reported income")
    void incomeBand() {
        assertEquals(Rupiah.of(20_000 + 6_800), DEFAULT.monthlyPremium(2_000_000, YearMonth.of(2027, 1)));
    }

    @Test
    @DisplayName("F-02: BPJS starting cover a month later lowers the commitment; earlier raises it")
    void actualStart() {
        BudgetLine line = line(1_000_000);
        Commitment c = new Commitment(holder(1), line, YearMonth.of(2027, 1), DEFAULT, NOW);
        line.commit(c.amount());
        assertEquals(Rupiah.of(201_600), c.amount());
        Rupiah change = c.cover("KPJ1", 2, DEFAULT, NOW);
        line.adjust(change);
        assertEquals(Rupiah.of(-16_800), change);
        assertEquals(Rupiah.of(184_800), line.committed());
        assertEquals(CommitmentState.COVERED, c.state());
        assertTrue(c.billedIn(2));
        assertFalse(c.billedIn(1));
    }

    @Test
    @DisplayName("C-04: death mid-month: that month is still billed, the months after are released")
    void deathMidMonth() {
        BudgetLine line = line(1_000_000);
        Commitment c = new Commitment(holder(1), line, YearMonth.of(2027, 1), DEFAULT, NOW);
        line.commit(c.amount());
        c.cover("KPJ1", 1, DEFAULT, NOW);
        // died on 15 May: May is billed (any day of cover), June to December released
        Rupiah change = c.endIn(5, DEFAULT, NOW);
        line.adjust(change);
        assertTrue(c.billedIn(5));
        assertFalse(c.billedIn(6));
        assertEquals(Rupiah.of(-7 * 16_800), change);
        assertEquals(Rupiah.of(5 * 16_800), c.amount());
        assertEquals(Rupiah.of(5 * 16_800), line.committed());
    }

    @Test
    @DisplayName("F-02: BPJS refusing the participant releases everything")
    void refusal() {
        BudgetLine line = line(1_000_000);
        Commitment c = new Commitment(holder(1), line, YearMonth.of(2027, 3), DEFAULT, NOW);
        line.commit(c.amount());
        line.adjust(c.release(NOW));
        assertEquals(Rupiah.ZERO, line.committed());
        assertEquals(Rupiah.ZERO, c.amount());
        assertFalse(c.billedIn(3));
    }

    @Test
    @DisplayName("F-01: an allocation may be revised, but not below what is committed")
    void revision() {
        BudgetLine line = line(403_200);
        line.commit(Rupiah.of(201_600));
        line.allocate(Rupiah.of(604_800));
        assertEquals(2, line.version());
        assertEquals(Rupiah.of(403_200), line.remaining());
        assertThrows(BusinessException.class, () -> line.allocate(Rupiah.of(100_000)));
    }

    @Test
    @DisplayName("F-01: a line reserved to an OPD or sector covers only those participants")
    void reservedLines() {
        BudgetLine perOpd = new BudgetLine(2027, "DBHCHT", "PERIKANAN", null);
        BudgetLine perSector = new BudgetLine(2027, "DBHCHT", null, "PETANI");
        BudgetLine open = new BudgetLine(2027, "APBD", null, null);
        assertTrue(perOpd.covers("PERIKANAN", "NELAYAN"));
        assertFalse(perOpd.covers("DKUPP", "UMKM"));
        assertTrue(perSector.covers("PERTANIAN", "PETANI"));
        assertFalse(perSector.covers("PERTANIAN", "NELAYAN"));
        assertTrue(open.covers("DKUPP", "UMKM"));
        assertTrue(perOpd.specificity() > perSector.specificity());
        assertTrue(perSector.specificity() > open.specificity());
    }
}
