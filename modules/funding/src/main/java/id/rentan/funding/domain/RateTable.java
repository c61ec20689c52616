package id.rentan.funding.domain;

import id.rentan.platform.api.money.Rupiah;

import java.time.YearMonth;

/**
 * C-01..C-03: the monthly premium of a participant with a reported income, at the rate valid on the first day of a
 * month. Implemented over the dated parameters; tests give fixed or changing rates.
 */
@FunctionalInterface
public interface RateTable {

    Rupiah monthlyPremium(long reportedIncome, YearMonth month);

    /**
     * F-02: what covering a participant costs from one month to another of the same year, each month at its own
     * rate (C-03). No month (last before first) costs nothing.
     */
    default Rupiah premiums(long reportedIncome, int year, int firstMonth, int lastMonth) {
        Rupiah total = Rupiah.ZERO;
        for (int m = Math.max(1, firstMonth); m <= Math.min(12, lastMonth); m++) {
            total = total.plus(monthlyPremium(reportedIncome, YearMonth.of(year, m)));
        }
        return total;
    }
}
