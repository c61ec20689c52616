package id.rentan.claims.domain;

import id.rentan.funding.api.MonthPremium;
import id.rentan.funding.api.PremiumState;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** Participants, premiums and the default parameters of business-rules.md, for the claim rule tests. */
final class ClaimFixtures {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    static final Map<ParameterCode, Long> DEFAULTS = new EnumMap<>(ParameterCode.class);

    static {
        DEFAULTS.put(ParameterCode.GRACE_PERIOD_MONTHS, 3L);
        DEFAULTS.put(ParameterCode.PREMIUM_DUE_DAYS, 30L);
        DEFAULTS.put(ParameterCode.JKM_LUMP_SUM, 20_000_000L);
        DEFAULTS.put(ParameterCode.JKM_PERIODIC, 12_000_000L);
        DEFAULTS.put(ParameterCode.JKM_FUNERAL, 10_000_000L);
        DEFAULTS.put(ParameterCode.JKM_FULL_BENEFIT_MIN_MEMBERSHIP_MONTHS, 3L);
        DEFAULTS.put(ParameterCode.JKM_SHORT_MEMBERSHIP_BENEFIT, 10_000_000L);
        DEFAULTS.put(ParameterCode.JKM_SCHOLARSHIP_MIN_MEMBERSHIP_MONTHS, 36L);
        DEFAULTS.put(ParameterCode.JKK_DEATH_INCOME_MULTIPLIER, 48L);
        DEFAULTS.put(ParameterCode.JKK_DEATH_PERIODIC, 12_000_000L);
        DEFAULTS.put(ParameterCode.JKK_DEATH_FUNERAL, 10_000_000L);
        DEFAULTS.put(ParameterCode.JKK_DISABILITY_INCOME_MULTIPLIER, 56L);
        DEFAULTS.put(ParameterCode.JKK_STMB_FIRST_PERIOD_MONTHS, 12L);
        DEFAULTS.put(ParameterCode.JKK_STMB_FIRST_PERIOD_PERCENT, 100L);
        DEFAULTS.put(ParameterCode.JKK_STMB_LATER_PERCENT, 50L);
        DEFAULTS.put(ParameterCode.JKK_REPORT_DEADLINE_HOURS, 48L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_TK_SD_YEARLY, 1_500_000L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_TK_SD_YEARS, 8L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_SMP_YEARLY, 2_000_000L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_SMP_YEARS, 3L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_SMA_YEARLY, 3_000_000L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_SMA_YEARS, 3L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARLY, 12_000_000L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARS, 5L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_MAX_CHILDREN, 2L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_MAX_TOTAL, 174_000_000L);
        DEFAULTS.put(ParameterCode.SCHOLARSHIP_MAX_AGE, 23L);
    }

    static final Parameters PARAMETERS = (code, date) -> {
        Long v = DEFAULTS.get(code);
        if (v == null) {
            throw new IllegalArgumentException("not needed in these tests: " + code);
        }
        return BigDecimal.valueOf(v);
    };

    private ClaimFixtures() {
    }

    static ParticipantSummary participant(ParticipantStatus status, LocalDate coverageStart, LocalDate endDate) {
        return new ParticipantSummary(7L, "3574014107900001", "Siti Aminah", Gender.P, LocalDate.of(1990, 7, 1),
                "NELAYAN", "PERIKANAN", "35.74.01.1001", "35.74.01", status,
                coverageStart == null ? null : "26011234567", coverageStart, endDate, 1_000_000L, false);
    }

    static ParticipantSummary active(LocalDate coverageStart) {
        return participant(ParticipantStatus.ACTIVE, coverageStart, null);
    }

    static MonthPremium premium(LocalDate event, PremiumState state) {
        return new MonthPremium(7L, YearMonth.from(event), state,
                state == PremiumState.PAID || state == PremiumState.INVOICED_UNPAID ? 99L : null,
                state == PremiumState.NOT_COMMITTED ? null : "APBD");
    }

    static Claim claim(ClaimType type, LocalDate coverageStart, LocalDate event) {
        Claim c = new Claim(active(coverageStart), type, event, null, event.atTime(9, 0), false, null, null, 48,
                "operator", NOW);
        c.applyBenefit(ExpectedBenefit.of(type, coverageStart, event, 1_000_000L, 1, PARAMETERS));
        return c;
    }

    /** Gives an entity the id the database would (heirs are found by id). */
    static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
