package id.rentan.participants.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The months a participant counts as covered in the coverage figures: from the month cover starts, up to but
 * not including {@code endMonth} (the month after the last day of cover), or open-ended. A month counts when cover
 * runs on any day of it, as it is billed (C-04). A participant who died or left before cover began counts in no month.
 *
 * <p>Months are numbered {@code year * 12 + month - 1}, so that month arithmetic is integer arithmetic in SQL too.
 *
 * @param startMonth first month covered
 * @param endMonth   first month no longer covered, or {@code null} while cover runs
 */
public record CoverSpan(int startMonth, Integer endMonth) {

    /** The span of a registry record: none before BPJS registered it (no coverage start). */
    public static CoverSpan of(LocalDate coverageStart, LocalDate endDate) {
        if (coverageStart == null) {
            return null;
        }
        int start = monthNo(coverageStart);
        Integer end = endDate == null ? null : Math.max(monthNo(endDate) + 1, start);
        return new CoverSpan(start, end);
    }

    public static int monthNo(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    public static int monthNo(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth month(int monthNo) {
        return YearMonth.of(Math.floorDiv(monthNo, 12), Math.floorMod(monthNo, 12) + 1);
    }

    /** Whether the month (by number) is covered. */
    public boolean covers(int monthNo) {
        return monthNo >= startMonth && (endMonth == null || monthNo < endMonth);
    }
}
