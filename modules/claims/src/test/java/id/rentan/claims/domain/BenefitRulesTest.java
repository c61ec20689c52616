package id.rentan.claims.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static id.rentan.claims.domain.ClaimFixtures.PARAMETERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected benefits of section 6 (B-01, B-02, K-01..K-04) and membership, from dated parameters (CL-02). */
class BenefitRulesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static List<String> rules(ExpectedBenefit b) {
        return b.items().stream().map(BenefitItem::rule).toList();
    }

    @Test
    @DisplayName("Membership: from 1 January, 31 March is 2 months 30 days and 1 April is 3 months")
    void membershipBoundary() {
        assertFalse(Membership.atLeast(START, LocalDate.of(2026, 3, 31), 3));
        assertTrue(Membership.atLeast(START, LocalDate.of(2026, 4, 1), 3));
        assertEquals(2, Membership.months(START, LocalDate.of(2026, 3, 31)));
        assertEquals(3, Membership.months(START, LocalDate.of(2026, 4, 1)));
        assertEquals(0, Membership.months(START, LocalDate.of(2025, 12, 31)));
        assertEquals(0, Membership.months(null, LocalDate.of(2026, 4, 1)));
        // month ends: 31 January plus one month is 28 February
        assertEquals(1, Membership.months(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)));
    }

    @Test
    @DisplayName("B-01: JKM death after 3 months of membership: Rp42,000,000 = 20M + 12M + 10M")
    void jkmFull() {
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKM_DEATH, START, LocalDate.of(2026, 4, 1), 1_000_000, 1,
                PARAMETERS);
        assertEquals(42_000_000, b.total());
        assertEquals(List.of(20_000_000L, 12_000_000L, 10_000_000L),
                b.items().stream().map(BenefitItem::amount).toList());
        assertEquals(List.of("B-01", "B-01", "B-01"), rules(b));
        assertTrue(b.bounded());
        assertEquals(3, b.membershipMonths());
    }

    @Test
    @DisplayName("B-02: JKM death at 2 months 30 days of membership: Rp10,000,000")
    void jkmShort() {
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKM_DEATH, START, LocalDate.of(2026, 3, 31), 1_000_000, 1,
                PARAMETERS);
        assertEquals(10_000_000, b.total());
        assertEquals(List.of("B-02"), rules(b));
    }

    @Test
    @DisplayName("K-01: JKK death at Rp1,000,000: 48 x income + 12M + 10M = Rp70,000,000, no minimum membership")
    void jkkDeath() {
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKK_DEATH, START, LocalDate.of(2026, 1, 2), 1_000_000, 1,
                PARAMETERS);
        assertEquals(70_000_000, b.total());
        assertEquals(48_000_000, b.items().get(0).amount());
        assertEquals(List.of("K-01", "K-01", "K-01"), rules(b));
    }

    @Test
    @DisplayName("K-01 follows the reported income: at Rp1,500,000 it is 72M + 22M")
    void jkkDeathFollowsIncome() {
        assertEquals(94_000_000, ExpectedBenefit.of(ClaimType.JKK_DEATH, START, LocalDate.of(2026, 5, 1),
                1_500_000, 1, PARAMETERS).total());
    }

    @Test
    @DisplayName("K-02: total permanent disability: 56 x income = Rp56,000,000")
    void disability() {
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKK_DISABILITY, START, LocalDate.of(2026, 5, 1),
                1_000_000, 1, PARAMETERS);
        assertEquals(56_000_000, b.total());
        assertEquals(List.of("K-02"), rules(b));
    }

    @Test
    @DisplayName("K-03: temporary inability: 100% of income for months 1-12, then 50%")
    void stmb() {
        assertEquals(3_000_000, ExpectedBenefit.of(ClaimType.JKK_STMB, START, LocalDate.of(2026, 5, 1), 1_000_000, 3,
                PARAMETERS).total());
        assertEquals(12_000_000, ExpectedBenefit.of(ClaimType.JKK_STMB, START, LocalDate.of(2026, 5, 1), 1_000_000,
                12, PARAMETERS).total());
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKK_STMB, START, LocalDate.of(2026, 5, 1), 1_000_000, 14,
                PARAMETERS);
        assertEquals(12_000_000 + 2 * 500_000, b.total());
        assertEquals(List.of("K-03", "K-03"), rules(b));
    }

    @Test
    @DisplayName("K-04: medical care has no ceiling: nothing to expect, never flagged as different")
    void medical() {
        ExpectedBenefit b = ExpectedBenefit.of(ClaimType.JKK_MEDICAL, START, LocalDate.of(2026, 5, 1), 1_000_000, 1,
                PARAMETERS);
        assertFalse(b.bounded());
        assertEquals(List.of("K-04"), rules(b));
    }

    @Test
    @DisplayName("Amounts are dated parameters: a higher lump sum from a date applies to events from that date")
    void datedParameters() {
        LocalDate change = LocalDate.of(2026, 7, 1);
        id.rentan.platform.api.param.Parameters changed = (code, date) ->
                code == id.rentan.platform.api.param.ParameterCode.JKM_LUMP_SUM && !date.isBefore(change)
                        ? BigDecimal.valueOf(25_000_000) : PARAMETERS.valueOn(code, date);
        assertEquals(42_000_000, ExpectedBenefit.of(ClaimType.JKM_DEATH, START, LocalDate.of(2026, 6, 30),
                1_000_000, 1, changed).total());
        assertEquals(47_000_000, ExpectedBenefit.of(ClaimType.JKM_DEATH, START, change, 1_000_000, 1, changed)
                .total());
    }
}
