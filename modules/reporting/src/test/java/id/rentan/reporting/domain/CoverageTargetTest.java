package id.rentan.reporting.domain;

import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** a year's population and target are data, the target 60% unless entered otherwise. */
class CoverageTargetTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 9, 0);

    @Test
    void theTargetInPeopleIsRoundedUp() {
        CoverageTarget t = new CoverageTarget(2026, 27_557, null, null, "admin", NOW);
        assertEquals(new BigDecimal("60.00"), t.targetPercent(), "R-02 default");
        assertEquals(16_535, t.targetPeople(), "27,557 x 60% = 16,534.2: 16,535 people");
        t.change(27_500, new BigDecimal("40"), "BPS", "admin", NOW);
        assertEquals(11_000, t.targetPeople());
    }

    @Test
    void nonsenseIsRefusedWithTheReason() {
        assertEquals("target.population.invalid", assertThrows(BusinessException.class,
                () -> new CoverageTarget(2026, 0, null, null, "admin", NOW)).messageKey());
        assertEquals("target.percent.invalid", assertThrows(BusinessException.class,
                () -> new CoverageTarget(2026, 100, new BigDecimal("100.01"), null, "admin", NOW)).messageKey());
        assertEquals("target.percent.invalid", assertThrows(BusinessException.class,
                () -> new CoverageTarget(2026, 100, BigDecimal.ZERO, null, "admin", NOW)).messageKey());
        assertEquals("target.year.invalid", assertThrows(BusinessException.class,
                () -> new CoverageTarget(1999, 100, null, null, "admin", NOW)).messageKey());
    }
}
