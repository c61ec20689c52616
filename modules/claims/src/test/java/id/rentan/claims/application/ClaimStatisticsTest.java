package id.rentan.claims.application;

import id.rentan.claims.api.ClaimReport;
import id.rentan.claims.domain.ClaimRepository.ClaimCell;
import id.rentan.claims.domain.ClaimRepository.HeirCount;
import id.rentan.claims.domain.ClaimRepository.ScholarshipCount;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.platform.api.money.Rupiah;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** the claims report's tables added up from the grouped rows (CL-01 cover, CL-02 amounts, CL-03, S-01). */
class ClaimStatisticsTest {

    private static ClaimCell cell(ClaimType type, ClaimStatus status, CoverReason reason, long claims, long expected,
                                  long decided, long decidedAmount) {
        boolean paid = status == ClaimStatus.PAID;
        return new ClaimCell(type, status, reason, claims, expected, 0, decided, decided > 0 ? expected : 0,
                decidedAmount, paid ? decidedAmount : 0, decided > 0 && decidedAmount != expected ? 1 : 0);
    }

    private static final List<ClaimCell> CELLS = List.of(
            // two JKM deaths paid at the expected Rp42,000,000 each (B-01)
            cell(ClaimType.JKM_DEATH, ClaimStatus.PAID, CoverReason.COVERED, 2, 84_000_000, 2, 84_000_000),
            // a JKK death approved at Rp72,000,000 against the Rp70,000,000 the formula gives (K-01, CL-02)
            cell(ClaimType.JKK_DEATH, ClaimStatus.APPROVED, CoverReason.COVERED, 1, 70_000_000, 1, 72_000_000),
            // a JKM death at risk: the month is invoiced, not paid (CL-01)
            cell(ClaimType.JKM_DEATH, ClaimStatus.REPORTED, CoverReason.AT_RISK_UNPAID, 1, 42_000_000, 0, 0),
            // at risk but rejected: not counted at risk
            cell(ClaimType.JKM_DEATH, ClaimStatus.REJECTED, CoverReason.AT_RISK_NOT_INVOICED, 1, 10_000_000, 0, 0),
            // not covered: lapsed, and a month never paid
            cell(ClaimType.JKK_DISABILITY, ClaimStatus.REJECTED, CoverReason.LAPSED, 1, 56_000_000, 0, 0),
            cell(ClaimType.JKM_DEATH, ClaimStatus.REPORTED, CoverReason.MONTH_UNPAID, 2, 84_000_000, 0, 0),
            // medical care has no ceiling (K-04)
            new ClaimCell(ClaimType.JKK_MEDICAL, ClaimStatus.SUBMITTED, CoverReason.COVERED, 1, 0, 1, 0, 0, 0, 0,
                    0));

    @Test
    void totalsByTypeAndStatusAddUpTheGroupedRows() {
        ClaimReport r = ClaimStatisticsService.assemble(2026, null, CELLS, List.of(), 0, List.of(), 0);
        assertEquals(2026, r.year());
        assertNull(r.opdCode());
        assertEquals(9, r.total().claims());
        assertEquals(Rupiah.of(84_000_000 + 70_000_000 + 42_000_000 + 10_000_000 + 56_000_000 + 84_000_000),
                r.total().expected());
        assertEquals(1, r.total().openEnded());
        assertEquals(3, r.total().decided());
        assertEquals(Rupiah.of(154_000_000), r.total().expectedOfDecided());
        assertEquals(Rupiah.of(156_000_000), r.total().decidedAmount());
        assertEquals(Rupiah.of(2_000_000), r.total().difference(), "CL-02: BPJS decided Rp2,000,000 more");
        assertEquals(Rupiah.of(84_000_000), r.total().paidAmount());
        assertEquals(1, r.total().amountDiffers());

        // every type and status is listed, in their order, zero where nothing happened
        assertEquals(List.of("JKM_DEATH", "JKK_DEATH", "JKK_DISABILITY", "JKK_STMB", "JKK_MEDICAL"),
                r.byType().stream().map(ClaimReport.TypeFigures::type).toList());
        assertEquals(6, r.byType().get(0).figures().claims());
        assertEquals(Rupiah.of(220_000_000), r.byType().get(0).figures().expected());
        assertEquals(ClaimReport.Figures.NONE, r.byType().get(3).figures());
        assertEquals(List.of("REPORTED", "DOCUMENTS_INCOMPLETE", "SUBMITTED", "APPROVED", "PAID", "REJECTED"),
                r.byStatus().stream().map(ClaimReport.StatusFigures::status).toList());
        assertEquals(3, r.byStatus().get(0).figures().claims());
        assertEquals(2, r.byStatus().get(5).figures().claims());
        assertEquals(r.total().claims(), r.byType().stream().mapToLong(t -> t.figures().claims()).sum());
        assertEquals(r.total().claims(), r.byStatus().stream().mapToLong(s -> s.figures().claims()).sum());

        // pairs that occur, JKM's REPORTED joining the at-risk and the unpaid-month rows
        assertEquals(new ClaimReport.TypeStatus("JKM_DEATH", "REPORTED", 3), r.typeStatus().get(0));
        assertEquals(r.total().claims(), r.typeStatus().stream().mapToLong(ClaimReport.TypeStatus::claims).sum());
    }

    @Test
    void claimsNotCoveredAreCountedPerReasonAndAtRiskLeavesRejectedClaimsAside() {
        ClaimReport r = ClaimStatisticsService.assemble(2026, "DKUPP", CELLS, List.of(), 0, List.of(), 0);
        assertEquals("DKUPP", r.opdCode());
        // CL-01: reasons in their order, only those that occur
        assertEquals(List.of(new ClaimReport.NotCovered("LAPSED", 1, Rupiah.of(56_000_000)),
                new ClaimReport.NotCovered("MONTH_UNPAID", 2, Rupiah.of(84_000_000))), r.notCovered());
        assertEquals(new ClaimReport.AtRisk(1, Rupiah.of(42_000_000)), r.atRisk());
    }

    @Test
    void heirsAndScholarshipsAreAddedUpPerRelationAndLevel() {
        ClaimReport r = ClaimStatisticsService.assemble(2026, null, List.of(),
                List.of(new HeirCount(HeirRelation.CHILD, 3, 3), new HeirCount(HeirRelation.SPOUSE, 1, 1),
                        new HeirCount(HeirRelation.PARENT, 2, 0)), 2,
                List.of(new ScholarshipCount(SchoolLevel.SMP, 1, 2_000_000),
                        new ScholarshipCount(SchoolLevel.TK_SD, 2, 3_000_000)), 2);
        assertEquals(6, r.heirs().heirs());
        assertEquals(4, r.heirs().entitled(), "CL-03: parents come after spouse and children");
        assertEquals(2, r.heirs().claims());
        assertEquals(List.of("SPOUSE", "CHILD", "PARENT"),
                r.heirs().byRelation().stream().map(ClaimReport.HeirRelation::relation).toList());
        assertEquals(2026, r.scholarships().schoolYear());
        assertEquals(3, r.scholarships().children());
        assertEquals(Rupiah.of(5_000_000), r.scholarships().amount(), "S-01: Rp1,500,000 x 2 + Rp2,000,000");
        assertEquals(2, r.scholarships().claims());
        assertEquals(List.of("TK_SD", "SMP"), r.scholarships().byLevel().stream().map(ClaimReport.Level::level).toList());
        assertEquals(0, r.total().claims());
        assertEquals(0, r.atRisk().claims());
    }
}
