package id.rentan.reporting.application;

import id.rentan.claims.api.ClaimReport;
import id.rentan.funding.api.BudgetReport;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.ui.Texts;
import id.rentan.reporting.domain.ReportDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget and claims reports as downloadable documents, and the monthly absorption (F-07). */
class FinanceReportDocumentsTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    /** Texts that answer with the key, so the test reads which text each cell asks for. */
    private static final Texts KEYS = new Texts() {
        @Override
        public String text(Locale locale, String key, Object... args) {
            return key;
        }
    };

    private static BudgetReport budget(Rupiah allocated) {
        List<BudgetReport.Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(m <= 3 ? new BudgetReport.Month(m, 1, 1, Rupiah.of(16_800_000), Rupiah.of(16_800_000), 1000,
                    1000) : BudgetReport.Month.empty(m));
        }
        BudgetReport.Source apbd = BudgetReport.Source.of("APBD", allocated, Rupiah.of(201_600_000),
                Rupiah.of(50_400_000), Rupiah.of(50_400_000), 1000, 1000);
        return new BudgetReport(2026, null, null, List.of(apbd), apbd, months,
                new BudgetReport.Unpaid(0, Rupiah.ZERO, null),
                new BudgetReport.AtRisk(2, Rupiah.of(33_600), YearMonth.of(2026, 2), LocalDateTime.of(2026, 4, 1, 1, 0),
                        List.of(new BudgetReport.RiskStatus("GRACE", 2, Rupiah.of(33_600)))));
    }

    @Test
    void absorptionPerMonthIsWhatIsPaidSoFarOverTheYearsAllocation() {
        // F-07: Rp16,800,000 a month against Rp201,600,000 is 8.3% a month
        assertEquals(List.of(8.3, 16.7, 25.0, 25.0), BudgetReportService.cumulativeAbsorption(
                budget(Rupiah.of(201_600_000))).subList(0, 4));
        // an OPD without an allocation of its own: none
        assertTrue(BudgetReportService.cumulativeAbsorption(budget(Rupiah.ZERO)).stream().allMatch(a -> a == null));
    }

    @Test
    void theBudgetDocumentHasATableForEverySectionWithAsManyCellsAsColumns() {
        BudgetReportService service = new BudgetReportService();
        service.texts = KEYS;
        ReportDocument doc = service.document(budget(Rupiah.of(201_600_000)), ID);
        assertEquals("budget.title", doc.title());
        assertEquals("2026", doc.period());
        assertEquals("budget.scope.allOpds · budget.source.all", doc.scope());
        assertEquals(List.of("budget.section.sources", "budget.section.months", "budget.section.unpaid",
                "budget.section.atRisk"), doc.sections().stream().map(ReportDocument.Section::title).toList());
        wellFormed(doc);
        ReportDocument.Section months = doc.sections().get(1);
        assertEquals(12, months.rows().size());
        assertEquals("Januari", months.rows().get(0).get(0), "months in the reader's language");
        assertEquals(new ReportDocument.Percent(8.3), months.rows().get(0).get(7));
        assertEquals("budget.total", doc.sections().get(0).rows().get(1).get(0), "the sources, then their total");
        assertEquals(new ReportDocument.Percent(25.0), doc.sections().get(0).rows().get(0).get(6));
        assertNull(doc.sections().get(2).rows().get(0).get(2), "no unpaid invoice, no oldest month");
    }

    @Test
    void theClaimsDocumentSetsExpectedBesideDecidedPerType() {
        ClaimReport.Figures jkm = new ClaimReport.Figures(2, Rupiah.of(84_000_000), 0, 1, Rupiah.of(42_000_000),
                Rupiah.of(40_000_000), Rupiah.of(40_000_000), 1);
        List<ClaimReport.TypeFigures> types = List.of(new ClaimReport.TypeFigures("JKM_DEATH", jkm),
                new ClaimReport.TypeFigures("JKK_MEDICAL", ClaimReport.Figures.NONE));
        ClaimReport r = new ClaimReport(2026, "DKUPP", jkm, types,
                List.of(new ClaimReport.StatusFigures("PAID", jkm)), List.of(new ClaimReport.TypeStatus("JKM_DEATH",
                "PAID", 2)), List.of(new ClaimReport.NotCovered("LAPSED", 1, Rupiah.of(42_000_000))),
                new ClaimReport.AtRisk(0, Rupiah.ZERO),
                new ClaimReport.Heirs(2, 2, 1, List.of(new ClaimReport.HeirRelation("CHILD", 2, 2))),
                new ClaimReport.Scholarships(2026, 1, Rupiah.of(1_500_000), 1,
                        List.of(new ClaimReport.Level("TK_SD", 1, Rupiah.of(1_500_000)))));
        ClaimsReportService service = new ClaimsReportService();
        service.texts = KEYS;
        ReportDocument doc = service.document(r, ID);
        assertEquals("DKUPP", doc.scope());
        wellFormed(doc);
        ReportDocument.Section decisions = doc.sections().get(1);
        assertEquals("claim.type.JKM_DEATH", decisions.rows().get(0).get(0));
        assertEquals(Rupiah.of(-2_000_000), decisions.rows().get(0).get(4), "CL-02: Rp2,000,000 less than expected");
        assertEquals(List.of(42_000_000L, 0L), decisions.chart().series().get(0).values());
        assertEquals("claim.coverShort.LAPSED", doc.sections().get(3).rows().get(0).get(0));
        assertEquals(List.of("claimsReport.total", 1L, Rupiah.of(42_000_000)), doc.sections().get(3).rows().get(1));
    }

    /** The renderer's contract: rows as long as the columns, series as long as the labels. */
    private static void wellFormed(ReportDocument doc) {
        for (ReportDocument.Section s : doc.sections()) {
            for (List<Object> row : s.rows()) {
                assertEquals(s.columns().size(), row.size(), s.title());
            }
            if (s.chart() != null) {
                for (ReportDocument.Series series : s.chart().series()) {
                    assertEquals(s.chart().labels().size(), series.values().size(), s.title());
                }
            }
        }
    }
}
