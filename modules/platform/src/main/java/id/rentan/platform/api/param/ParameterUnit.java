package id.rentan.platform.api.param;

/** What a dated parameter's number means. */
public enum ParameterUnit {
    /** An amount of money in whole rupiah. */
    RUPIAH,
    /** A percentage, e.g. 1 for 1%. */
    PERCENT,
    /** A factor applied to the reported income, e.g. 48 for "48 x income". */
    MULTIPLIER,
    YEARS,
    MONTHS,
    HOURS,
    DAYS,
    /** A plain count, e.g. the number of children. */
    COUNT
}
