package id.rentan.claims.domain;

import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CL-02: the benefit BPJS should pay, computed from the rules of section 6 with the dated parameters valid on the
 * event date, with its breakdown.
 *
 * @param total     the sum of the items
 * @param items     the breakdown, each citing its rule
 * @param bounded   false for medical care (K-04: as needed, no ceiling), where no amount can be expected
 * @param membershipMonths whole months of membership on the event date
 */
public record ExpectedBenefit(long total, List<BenefitItem> items, boolean bounded, int membershipMonths)
        implements Serializable {

    /**
     * @param type            the claim type
     * @param coverageStart   the participant's coverage start ({@code null} if never registered)
     * @param event           the event date
     * @param reportedIncome  the reported monthly income (u)
     * @param inabilityMonths STMB only: months unable to work so far (at least 1)
     * @param parameters      the dated parameters
     */
    public static ExpectedBenefit of(ClaimType type, LocalDate coverageStart, LocalDate event, long reportedIncome,
                                     int inabilityMonths, Parameters parameters) {
        List<BenefitItem> items = new ArrayList<>();
        int membership = Membership.months(coverageStart, event);
        boolean bounded = true;
        switch (type) {
            case JKM_DEATH -> {
                int min = parameters.intOn(ParameterCode.JKM_FULL_BENEFIT_MIN_MEMBERSHIP_MONTHS, event);
                if (Membership.atLeast(coverageStart, event, min)) {
                    items.add(item(ParameterCode.JKM_LUMP_SUM, "B-01", parameters, event));
                    items.add(item(ParameterCode.JKM_PERIODIC, "B-01", parameters, event));
                    items.add(item(ParameterCode.JKM_FUNERAL, "B-01", parameters, event));
                } else {
                    items.add(item(ParameterCode.JKM_SHORT_MEMBERSHIP_BENEFIT, "B-02", parameters, event));
                }
            }
            case JKK_DEATH -> {
                items.add(new BenefitItem("benefit.JKK_DEATH_INCOME", "K-01", times(reportedIncome,
                        parameters.valueOn(ParameterCode.JKK_DEATH_INCOME_MULTIPLIER, event))));
                items.add(item(ParameterCode.JKK_DEATH_PERIODIC, "K-01", parameters, event));
                items.add(item(ParameterCode.JKK_DEATH_FUNERAL, "K-01", parameters, event));
            }
            case JKK_DISABILITY -> items.add(new BenefitItem("benefit.JKK_DISABILITY_INCOME", "K-02",
                    times(reportedIncome, parameters.valueOn(ParameterCode.JKK_DISABILITY_INCOME_MULTIPLIER, event))));
            case JKK_STMB -> {
                int months = Math.max(1, inabilityMonths);
                int firstPeriod = parameters.intOn(ParameterCode.JKK_STMB_FIRST_PERIOD_MONTHS, event);
                int first = Math.min(months, firstPeriod);
                BigDecimal firstPercent = parameters.valueOn(ParameterCode.JKK_STMB_FIRST_PERIOD_PERCENT, event);
                items.add(new BenefitItem("benefit.JKK_STMB_FIRST", "K-03",
                        percent(reportedIncome, firstPercent) * first));
                if (months > first) {
                    BigDecimal laterPercent = parameters.valueOn(ParameterCode.JKK_STMB_LATER_PERCENT, event);
                    items.add(new BenefitItem("benefit.JKK_STMB_LATER", "K-03",
                            percent(reportedIncome, laterPercent) * (months - first)));
                }
            }
            case JKK_MEDICAL -> {
                items.add(new BenefitItem("benefit.JKK_MEDICAL", "K-04", 0));
                bounded = false;
            }
            default -> throw new IllegalArgumentException(type.name());
        }
        long total = items.stream().mapToLong(BenefitItem::amount).sum();
        return new ExpectedBenefit(total, List.copyOf(items), bounded, membership);
    }

    private static BenefitItem item(ParameterCode code, String rule, Parameters parameters, LocalDate event) {
        return new BenefitItem("benefit." + code.name(), rule, parameters.amountOn(code, event).amount());
    }

    private static long times(long income, BigDecimal factor) {
        return BigDecimal.valueOf(income).multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static long percent(long income, BigDecimal percent) {
        return BigDecimal.valueOf(income).multiply(percent).movePointLeft(2)
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
