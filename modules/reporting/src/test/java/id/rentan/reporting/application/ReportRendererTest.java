package id.rentan.reporting.application;

import id.rentan.platform.api.money.Rupiah;
import id.rentan.reporting.domain.ReportDocument.Percent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-07 downloads: sheet names Excel accepts, chart axes that read well, cells in the reader's language. */
class ReportRendererTest {

    private static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void sheetNamesAreShortValidAndUnique() {
        Set<String> used = new HashSet<>();
        assertEquals("Menurut kelompok umur (akhir bu", ReportRenderer.sheetName(
                "Menurut kelompok umur (akhir bulan acuan)", used));
        assertEquals("Menurut kelompok umur (akhir 2", ReportRenderer.sheetName(
                "Menurut kelompok umur (akhir bulan acuan)", used));
        assertEquals("a b c", ReportRenderer.sheetName("a/b?c", used));
        assertEquals("Data", ReportRenderer.sheetName("[]", used));
        assertTrue(used.size() == 4);
    }

    @Test
    void chartAxesEndOnRoundNumbers() {
        assertEquals(12_000, ReportRenderer.niceCeiling(11_023));
        assertEquals(20_000, ReportRenderer.niceCeiling(17_000));
        assertEquals(1, ReportRenderer.niceCeiling(0));
        assertEquals(100, ReportRenderer.niceCeiling(100));
    }

    @Test
    void cellsAreWrittenInTheReadersLanguage() {
        assertEquals("11.023", ReportRenderer.format(11_023L, ID));
        assertEquals("11,023", ReportRenderer.format(11_023L, Locale.ENGLISH));
        assertEquals("40,1%", ReportRenderer.format(new Percent(40.1), ID));
        assertEquals("40.1%", ReportRenderer.format(new Percent(40.1), Locale.ENGLISH));
        assertEquals(Rupiah.of(16_800).format(ID), ReportRenderer.format(Rupiah.of(16_800), ID));
        assertEquals("2026-11", ReportRenderer.format(YearMonth.of(2026, 11), ID));
        assertEquals("2026-11-21", ReportRenderer.format(LocalDate.of(2026, 11, 21), ID));
        assertEquals("", ReportRenderer.format(null, ID));
    }

    @Test
    void theReferenceMonthIsDecemberOrThisMonthAndNeverAFutureYear() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertEquals(YearMonth.of(2025, 12), CoverageReportService.referenceMonth(2025, today));
        assertEquals(YearMonth.of(2026, 11), CoverageReportService.referenceMonth(2026, today));
        assertThrows(id.rentan.platform.api.error.BusinessException.class,
                () -> CoverageReportService.referenceMonth(2027, today));
        assertEquals(40.1, CoverageReportService.percent(11_023, 27_500), "R-02: about 40% (the seeds)");
    }
}
