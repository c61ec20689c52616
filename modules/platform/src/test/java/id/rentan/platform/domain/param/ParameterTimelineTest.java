package id.rentan.platform.domain.param;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.param.ParameterCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dated parameters: amounts and ages are asked for "on date D" and change only by new versions. */
class ParameterTimelineTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    private static ParameterTimeline jkm() {
        ParameterTimeline t = new ParameterTimeline(ParameterCode.PREMIUM_JKM_MONTHLY, List.of());
        t.addVersion(new BigDecimal("6800"), LocalDate.of(2015, 7, 1), "PP 44/2015", "system", NOW);
        return t;
    }

    @Test
    @DisplayName("C-01: the seeded JKM premium is Rp6.800 on any day after it took effect")
    void c01_valueOnAnyDayOfAnOpenVersion() {
        ParameterTimeline t = jkm();
        assertEquals(new BigDecimal("6800"), t.valueOn(LocalDate.of(2015, 7, 1)));
        assertEquals(new BigDecimal("6800"), t.valueOn(LocalDate.of(2026, 11, 21)));
        assertEquals(new BigDecimal("6800"), t.valueOn(LocalDate.of(2099, 12, 31)));
    }

    @Test
    @DisplayName("C-03: a new rate applies from its first day; the day before still has the old rate")
    void c03_newVersionTakesOverOnItsFirstDay() {
        ParameterTimeline t = jkm();
        t.addVersion(new BigDecimal("7500"), LocalDate.of(2027, 1, 1), "PP (baru)", "admin", NOW);
        assertEquals(new BigDecimal("6800"), t.valueOn(LocalDate.of(2026, 12, 31)));
        assertEquals(new BigDecimal("7500"), t.valueOn(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 12, 31), t.versions().get(0).validTo());
        assertNull(t.versions().get(1).validTo());
    }

    @Test
    @DisplayName("no value before the first version: a clear error, never a silent default")
    void noValueBeforeTheFirstVersion() {
        BusinessException e = assertThrows(BusinessException.class, () -> jkm().valueOn(LocalDate.of(2015, 6, 30)));
        assertEquals("param.noValue", e.messageKey());
        assertEquals("C-01", e.rule());
    }

    @Test
    @DisplayName("history is never rewritten: a version cannot start on or before the latest one")
    void versionsOnlyAppend() {
        ParameterTimeline t = jkm();
        t.addVersion(new BigDecimal("7500"), LocalDate.of(2027, 1, 1), "x", "admin", NOW);
        assertEquals("param.version.notAfterLatest", assertThrows(BusinessException.class,
                () -> t.addVersion(new BigDecimal("7000"), LocalDate.of(2026, 6, 1), "x", "admin", NOW)).messageKey());
        assertEquals("param.version.notAfterLatest", assertThrows(BusinessException.class,
                () -> t.addVersion(new BigDecimal("7000"), LocalDate.of(2027, 1, 1), "x", "admin", NOW)).messageKey());
        assertEquals(2, t.versions().size());
    }

    @Test
    @DisplayName("a version in force cannot be corrected; a future one can, and only its value and basis change")
    void onlyFutureVersionsAreCorrected() {
        ParameterTimeline t = jkm();
        ParameterVersion future = t.addVersion(new BigDecimal("7500"), LocalDate.of(2027, 1, 1), "x", "admin", NOW);
        LocalDate today = LocalDate.of(2026, 11, 21);
        assertThrows(BusinessException.class,
                () -> t.correctFutureVersion(t.versions().get(0), new BigDecimal("1"), "y", today));
        t.correctFutureVersion(future, new BigDecimal("7600"), "PP (dikoreksi)", today);
        assertEquals(new BigDecimal("7600"), t.valueOn(LocalDate.of(2027, 2, 1)));
        assertEquals("PP (dikoreksi)", future.legalBasis());
        // the day it takes effect, it is history
        assertThrows(BusinessException.class,
                () -> t.correctFutureVersion(future, new BigDecimal("1"), "y", LocalDate.of(2027, 1, 1)));
    }

    @Test
    @DisplayName("withdrawing the latest future version reopens the one before")
    void withdrawReopensThePreviousVersion() {
        ParameterTimeline t = jkm();
        ParameterVersion future = t.addVersion(new BigDecimal("7500"), LocalDate.of(2027, 1, 1), "x", "admin", NOW);
        t.withdrawFutureVersion(future, LocalDate.of(2026, 11, 21));
        assertEquals(1, t.versions().size());
        assertNull(t.versions().get(0).validTo());
        assertEquals(new BigDecimal("6800"), t.valueOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    @DisplayName("a version needs a legal basis and a non-negative value")
    void versionsNeedALegalBasisAndNonNegativeValue() {
        ParameterTimeline t = jkm();
        assertEquals("param.legalBasis.required", assertThrows(BusinessException.class,
                () -> t.addVersion(new BigDecimal("1"), LocalDate.of(2030, 1, 1), "  ", "admin", NOW)).messageKey());
        assertEquals("param.value.negative", assertThrows(BusinessException.class,
                () -> t.addVersion(new BigDecimal("-1"), LocalDate.of(2030, 1, 1), "x", "admin", NOW)).messageKey());
    }

    @Test
    @DisplayName("E-01: the maximum entry age is a dated parameter like any amount")
    void e01_agesAreDatedToo() {
        ParameterTimeline t = new ParameterTimeline(ParameterCode.ENTRY_AGE_MAX_EXCLUSIVE, List.of());
        t.addVersion(new BigDecimal("65"), LocalDate.of(2015, 7, 1), "Permenaker 5/2021", "system", NOW);
        t.addVersion(new BigDecimal("60"), LocalDate.of(2028, 1, 1), "aturan baru", "admin", NOW);
        assertEquals(65, t.valueOn(LocalDate.of(2027, 12, 31)).intValueExact());
        assertEquals(60, t.valueOn(LocalDate.of(2028, 1, 1)).intValueExact());
    }

    @Test
    @DisplayName("values come back without trailing zeros, as entered")
    void valuesAreNormalised() {
        ParameterTimeline t = new ParameterTimeline(ParameterCode.PREMIUM_JKK_PERCENT, List.of());
        ParameterVersion v = t.addVersion(new BigDecimal("1.0000"), LocalDate.of(2015, 7, 1), "x", "system", NOW);
        assertEquals("1", v.value().toPlainString());
        assertTrue(v.covers(LocalDate.of(2020, 1, 1)));
    }
}
