package id.rentan.participants.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** R-01 with C-04: the months a participant counts as covered in the coverage figures. */
class CoverSpanTest {

    private static int m(int year, int month) {
        return CoverSpan.monthNo(YearMonth.of(year, month));
    }

    @Test
    void notRegisteredIsCoveredInNoMonth() {
        assertNull(CoverSpan.of(null, null));
        assertNull(CoverSpan.of(null, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void coverCountsFromTheStartMonthWhateverTheDay() {
        CoverSpan span = CoverSpan.of(LocalDate.of(2026, 3, 31), null);
        assertFalse(span.covers(m(2026, 2)));
        assertTrue(span.covers(m(2026, 3)), "one day of cover in March counts, as billed (C-04)");
        assertTrue(span.covers(m(2030, 1)), "open-ended while cover runs");
    }

    @Test
    void coverCountsThroughTheMonthOfTheLastDay() {
        CoverSpan span = CoverSpan.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 4, 1));
        assertTrue(span.covers(m(2026, 4)), "died on 1 April: April counts");
        assertFalse(span.covers(m(2026, 5)));
        assertEquals(m(2026, 5), span.endMonth());
    }

    @Test
    void anEndBeforeCoverBeganCountsInNoMonth() {
        // died in February, BPJS had recorded cover from 1 March
        CoverSpan span = CoverSpan.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20));
        for (int month = m(2026, 1); month <= m(2026, 6); month++) {
            assertFalse(span.covers(month));
        }
        assertEquals(span.startMonth(), span.endMonth());
    }

    @Test
    void anEndInTheStartMonthCountsThatMonth() {
        CoverSpan span = CoverSpan.of(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 10));
        assertTrue(span.covers(m(2026, 3)), "as the registry's 'covered in March' filter says");
        assertFalse(span.covers(m(2026, 4)));
    }

    @Test
    void monthNumbersRoundTrip() {
        assertEquals(2026 * 12 + 10, CoverSpan.monthNo(LocalDate.of(2026, 11, 21)));
        assertEquals(YearMonth.of(2026, 11), CoverSpan.month(CoverSpan.monthNo(YearMonth.of(2026, 11))));
        assertEquals(YearMonth.of(2025, 12), CoverSpan.month(m(2026, 1) - 1));
    }
}
