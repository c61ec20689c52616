package id.rentan.funding.application;

import id.rentan.funding.api.BudgetReport;
import id.rentan.funding.domain.FundingRepository.ArrearsSums;
import id.rentan.funding.domain.FundingRepository.MonthSums;
import id.rentan.platform.api.money.Rupiah;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The arithmetic of the budget report (R-04, F-07): absorption, cost per participant, months and arrears. */
class BudgetStatisticsTest {

    @Test
    void absorptionIsPaidOverAllocatedInPercentWithOneDecimal() {
        // F-07: the seeds' APBD example, Rp907,200,000, of which ten months of 4,500 participants are paid
        assertEquals(83.3, BudgetReport.absorption(Rupiah.of(756_000_000), Rupiah.of(907_200_000)));
        assertEquals(0.0, BudgetReport.absorption(Rupiah.ZERO, Rupiah.of(907_200_000)));
        assertEquals(100.0, BudgetReport.absorption(Rupiah.of(907_200_000), Rupiah.of(907_200_000)));
        // half up: 1/3 of a percent step
        assertEquals(33.3, BudgetReport.absorption(Rupiah.of(1), Rupiah.of(3)));
        assertEquals(66.7, BudgetReport.absorption(Rupiah.of(2), Rupiah.of(3)));
        assertNull(BudgetReport.absorption(Rupiah.of(16_800), Rupiah.ZERO), "no allocation, no absorption");
    }

    @Test
    void costPerParticipantIsPaidOverParticipantsPaidForInWholeRupiah() {
        // C-02: a participant paid for all year at the default rate costs Rp201,600
        assertEquals(Rupiah.of(201_600), BudgetReport.costPerParticipant(Rupiah.of(3 * 201_600), 3));
        // one paid all year, one who joined in July: (12 + 6) x 16,800 / 2
        assertEquals(Rupiah.of(151_200), BudgetReport.costPerParticipant(Rupiah.of(18 * 16_800), 2));
        assertEquals(Rupiah.of(3), BudgetReport.costPerParticipant(Rupiah.of(10), 4), "2.5 rounds half up");
        assertNull(BudgetReport.costPerParticipant(Rupiah.ZERO, 0));
    }

    @Test
    void aSourceRowDerivesRemainingAbsorptionAndCost() {
        BudgetReport.Source row = BudgetReport.Source.of("APBD", Rupiah.of(907_200_000), Rupiah.of(800_000_000),
                Rupiah.of(700_000_000), Rupiah.of(600_000_000), 4_000, 3_900);
        assertEquals(Rupiah.of(107_200_000), row.remaining());
        assertEquals(66.1, row.absorption());
        assertEquals(Rupiah.of(153_846), row.costPerParticipant());

        // an OPD without an allocation of its own: what its participants cost, no remaining, no absorption
        BudgetReport.Source opd = BudgetReport.Source.of("APBD", Rupiah.ZERO, Rupiah.of(2_016_000),
                Rupiah.of(168_000), Rupiah.of(151_200), 10, 10);
        assertNull(opd.remaining());
        assertNull(opd.absorption());
        assertEquals(Rupiah.of(15_120), opd.costPerParticipant());
    }

    @Test
    void monthsRunFromJanuaryToDecemberWithTheSourcesAddedUp() {
        List<BudgetReport.Month> months = BudgetStatisticsService.months(List.of(
                new MonthSums("APBD", 3, 1, 1, 168_000, 168_000, 10, 10),
                new MonthSums("DBHCHT", 3, 1, 0, 336_000, 0, 20, 0),
                new MonthSums("APBD", 11, 1, 0, -16_800, 0, 0, 0)));
        assertEquals(12, months.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                months.stream().map(BudgetReport.Month::month).toList());
        BudgetReport.Month march = months.get(2);
        assertEquals(2, march.invoices());
        assertEquals(1, march.paidInvoices());
        assertEquals(Rupiah.of(504_000), march.invoiced());
        assertEquals(Rupiah.of(168_000), march.paid());
        assertEquals(30, march.premiumLines());
        assertEquals(10, march.paidPremiumLines());
        assertEquals(Rupiah.of(-16_800), months.get(10).invoiced(), "C-05: a month of credits only");
        assertEquals(BudgetReport.Month.empty(1), months.get(0));
    }

    @Test
    void participantsAtRiskAddUpTheStatusesOfTheArrearsList() {
        LocalDateTime checked = LocalDateTime.of(2026, 11, 21, 1, 0);
        BudgetReport.AtRisk atRisk = BudgetStatisticsService.atRisk(List.of(
                new ArrearsSums("GRACE", 12, 12 * 16_800, YearMonth.of(2026, 9), checked),
                new ArrearsSums("LAPSED", 2, 2 * 5 * 16_800, YearMonth.of(2026, 4), checked)));
        assertEquals(14, atRisk.participants());
        assertEquals(Rupiah.of(22 * 16_800), atRisk.owed());
        assertEquals(YearMonth.of(2026, 4), atRisk.oldestSince());
        assertEquals(checked, atRisk.checkedAt());
        assertEquals(List.of("GRACE", "LAPSED"), atRisk.byStatus().stream().map(BudgetReport.RiskStatus::status).toList());

        BudgetReport.AtRisk none = BudgetStatisticsService.atRisk(List.of());
        assertEquals(0, none.participants());
        assertNull(none.oldestSince());
        assertNull(none.checkedAt());
    }
}
