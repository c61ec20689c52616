package id.rentan.claims.domain;

import id.rentan.platform.api.param.ParameterCode;

/** S-01: the school levels of a scholarship, each with its yearly amount and number of years (dated parameters). */
public enum SchoolLevel {
    TK_SD(ParameterCode.SCHOLARSHIP_TK_SD_YEARLY, ParameterCode.SCHOLARSHIP_TK_SD_YEARS),
    SMP(ParameterCode.SCHOLARSHIP_SMP_YEARLY, ParameterCode.SCHOLARSHIP_SMP_YEARS),
    SMA(ParameterCode.SCHOLARSHIP_SMA_YEARLY, ParameterCode.SCHOLARSHIP_SMA_YEARS),
    UNIVERSITY(ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARLY, ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARS);

    private final ParameterCode yearly;
    private final ParameterCode years;

    SchoolLevel(ParameterCode yearly, ParameterCode years) {
        this.yearly = yearly;
        this.years = years;
    }

    public ParameterCode yearlyAmount() {
        return yearly;
    }

    public ParameterCode maxYears() {
        return years;
    }

    public String labelKey() {
        return "claim.scholarship.level." + name();
    }
}
