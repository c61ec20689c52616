package id.rentan.reporting.web;

import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The report endpoints' year parameter and the address of the list behind a figure. */
class ReportParamsTest {

    @Test
    void aYearIsDigitsOrTheDefault() {
        assertEquals(2026, ReportParams.year(null, 2026, 2027, "budget.error.year"));
        assertEquals(2026, ReportParams.year(" ", 2026, 2027, "budget.error.year"));
        assertEquals(2025, ReportParams.year(" 2025 ", 2026, 2027, "budget.error.year"));
        BusinessException bad = assertThrows(BusinessException.class,
                () -> ReportParams.year("dua ribu", 2026, 2027, "budget.error.year"));
        assertEquals("budget.error.year", bad.messageKey());
        assertEquals(BusinessException.Kind.INVALID, bad.kind());
    }

    @Test
    void aFiguresAddressLeavesOutWhatIsNotChosenAndEncodesTheRest() {
        assertEquals("?year=2026&status=PAID", ReportLinks.query("year", 2026, "month", null, "status", "PAID"));
        assertEquals("?q=A%26B+C", ReportLinks.query("q", "A&B C"));
        assertEquals("", ReportLinks.query("year", null));
    }
}
