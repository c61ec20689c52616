package id.rentan.platform.api.param;

/**
 * Every amount, age and period of business-rules.md, as a dated parameter. The values live in the database with
 * valid-from / valid-to dates and a legal basis (seeded with the defaults of business-rules.md); code asks "the
 * value on date D" through {@link Parameters} and never holds them as constants.
 */
public enum ParameterCode {
    /** C-01: JKK premium, percent of the reported income. */
    PREMIUM_JKK_PERCENT(ParameterUnit.PERCENT, "C-01"),
    /** C-01: JKM premium, flat rupiah per month. */
    PREMIUM_JKM_MONTHLY(ParameterUnit.RUPIAH, "C-01"),
    /** C-02: reported income when none is given. */
    DEFAULT_REPORTED_INCOME(ParameterUnit.RUPIAH, "C-02"),
    /** E-01: maximum age on the enrolment date, exclusive (the day of the 65th birthday is too late). */
    ENTRY_AGE_MAX_EXCLUSIVE(ParameterUnit.YEARS, "E-01"),
    /** E-02: minimum age on the enrolment date. */
    ENTRY_AGE_MIN(ParameterUnit.YEARS, "E-02"),
    /** Section 4 / CL-01: how many months of unpaid premiums a participant stays in GRACE before LAPSED. */
    GRACE_PERIOD_MONTHS(ParameterUnit.MONTHS, "CL-01"),
    /** Arrears: days after a month's end by which its premium must be paid before the participant enters GRACE. */
    PREMIUM_DUE_DAYS(ParameterUnit.DAYS, "CL-01"),
    /** B-01: JKM lump sum. */
    JKM_LUMP_SUM(ParameterUnit.RUPIAH, "B-01"),
    /** B-01: JKM periodic benefit, paid at once. */
    JKM_PERIODIC(ParameterUnit.RUPIAH, "B-01"),
    /** B-01: JKM funeral cost. */
    JKM_FUNERAL(ParameterUnit.RUPIAH, "B-01"),
    /** B-01/B-02: membership needed for the full JKM benefit. */
    JKM_FULL_BENEFIT_MIN_MEMBERSHIP_MONTHS(ParameterUnit.MONTHS, "B-01"),
    /** B-02: JKM benefit when membership is shorter. */
    JKM_SHORT_MEMBERSHIP_BENEFIT(ParameterUnit.RUPIAH, "B-02"),
    /** B-03: membership needed for a scholarship after a JKM death. */
    JKM_SCHOLARSHIP_MIN_MEMBERSHIP_MONTHS(ParameterUnit.MONTHS, "B-03"),
    /** K-01: JKK death benefit, times the reported income. */
    JKK_DEATH_INCOME_MULTIPLIER(ParameterUnit.MULTIPLIER, "K-01"),
    /** K-01: JKK death periodic benefit, paid at once. */
    JKK_DEATH_PERIODIC(ParameterUnit.RUPIAH, "K-01"),
    /** K-01: JKK death funeral cost. */
    JKK_DEATH_FUNERAL(ParameterUnit.RUPIAH, "K-01"),
    /** K-02: total permanent disability, times the reported income. */
    JKK_DISABILITY_INCOME_MULTIPLIER(ParameterUnit.MULTIPLIER, "K-02"),
    /** K-03: months of temporary inability paid at the first rate. */
    JKK_STMB_FIRST_PERIOD_MONTHS(ParameterUnit.MONTHS, "K-03"),
    /** K-03: percent of income paid per month in the first period. */
    JKK_STMB_FIRST_PERIOD_PERCENT(ParameterUnit.PERCENT, "K-03"),
    /** K-03: percent of income paid per month after the first period, until recovery. */
    JKK_STMB_LATER_PERCENT(ParameterUnit.PERCENT, "K-03"),
    /** CL-04: hours within which a work accident must be reported. */
    JKK_REPORT_DEADLINE_HOURS(ParameterUnit.HOURS, "CL-04"),
    /** S-01: scholarship per child per year, kindergarten and primary school. */
    SCHOLARSHIP_TK_SD_YEARLY(ParameterUnit.RUPIAH, "S-01"),
    /** S-01: years of kindergarten and primary school covered. */
    SCHOLARSHIP_TK_SD_YEARS(ParameterUnit.YEARS, "S-01"),
    /** S-01: scholarship per child per year, junior secondary. */
    SCHOLARSHIP_SMP_YEARLY(ParameterUnit.RUPIAH, "S-01"),
    SCHOLARSHIP_SMP_YEARS(ParameterUnit.YEARS, "S-01"),
    /** S-01: scholarship per child per year, senior secondary. */
    SCHOLARSHIP_SMA_YEARLY(ParameterUnit.RUPIAH, "S-01"),
    SCHOLARSHIP_SMA_YEARS(ParameterUnit.YEARS, "S-01"),
    /** S-01: scholarship per child per year, university. */
    SCHOLARSHIP_UNIVERSITY_YEARLY(ParameterUnit.RUPIAH, "S-01"),
    SCHOLARSHIP_UNIVERSITY_YEARS(ParameterUnit.YEARS, "S-01"),
    /** S-01: at most this many children. */
    SCHOLARSHIP_MAX_CHILDREN(ParameterUnit.COUNT, "S-01"),
    /** S-01: scholarships never exceed this in all. */
    SCHOLARSHIP_MAX_TOTAL(ParameterUnit.RUPIAH, "S-01"),
    /** S-01: scholarship ends at this age. */
    SCHOLARSHIP_MAX_AGE(ParameterUnit.YEARS, "S-01");

    private final ParameterUnit unit;
    private final String rule;

    ParameterCode(ParameterUnit unit, String rule) {
        this.unit = unit;
        this.rule = rule;
    }

    public ParameterUnit unit() {
        return unit;
    }

    /** The rule id of business-rules.md that this parameter belongs to. */
    public String rule() {
        return rule;
    }

    /** i18n key of the parameter's name. */
    public String labelKey() {
        return "param." + name();
    }
}
