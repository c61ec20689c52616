package id.rentan.claims.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * "Membership" runs from the coverage start to the event (section 6). A membership of at least N months means the
 * event is on or after the coverage start plus N months: from 1 January, 31 March is 2 months and 30 days, 1 April
 * is 3 months.
 */
public final class Membership {

    private Membership() {
    }

    public static boolean atLeast(LocalDate coverageStart, LocalDate event, int months) {
        return coverageStart != null && !event.isBefore(coverageStart.plusMonths(months));
    }

    /** The whole months of membership on the date (the largest N with {@link #atLeast} true), 0 before cover. */
    public static int months(LocalDate coverageStart, LocalDate event) {
        if (coverageStart == null || event.isBefore(coverageStart)) {
            return 0;
        }
        int n = (int) ChronoUnit.MONTHS.between(coverageStart, event);
        while (atLeast(coverageStart, event, n + 1)) {
            n++;
        }
        while (n > 0 && !atLeast(coverageStart, event, n)) {
            n--;
        }
        return n;
    }
}
