package id.rentan.reporting.application;

import id.rentan.participants.api.CoverageFigures.CoverageDimension;
import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.api.CoverageFigures.MonthCount;
import id.rentan.platform.api.money.Rupiah;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The coverage report of a year (R-01..R-03): participants covered in the year's reference month (December, or this
 * month for the current year) against the year's population and target, the trend of 24 months, the change from the
 * year before, and the breakdowns.
 *
 * @param year            the year
 * @param month           the reference month
 * @param filter          the filters applied (besides the caller's scope)
 * @param scope           whose figures, as shown ("Semua OPD" or the OPD's code)
 * @param wholeCity       whether the figures are the whole city's (no OPD scope, no filter): only then do the
 *                        population, target and rates apply
 * @param population      the year's vulnerable-worker population, if entered
 * @param targetPercent   the year's target, percent of the population
 * @param targetPeople    people the target asks for
 * @param covered         covered participants in the reference month
 * @param rate            covered / population, percent
 * @param gapPeople       people still missing to reach the target (0 when reached)
 * @param monthlyPremium  today's monthly premium at the default reported income (C-01, C-02)
 * @param gapPerYear      the gap in rupiah per year at that premium (12 months)
 * @param previousCovered covered in December of the year before
 * @param change          covered minus previousCovered
 * @param months          covered per month, the 24 months up to the reference month
 * @param groups          covered by each dimension
 */
public record CoverageReport(int year, YearMonth month, CoverageFilter filter, String scope, boolean wholeCity,
                             Long population, BigDecimal targetPercent, Long targetPeople, long covered, Double rate,
                             Long gapPeople, Rupiah monthlyPremium, Rupiah gapPerYear, long previousCovered,
                             long change, List<MonthCount> months, Map<CoverageDimension, List<Group>> groups)
        implements Serializable {

    /**
     * @param key     the code (sector, OPD, kecamatan, kelurahan, L/P, age band)
     * @param label   its name in the reader's language
     * @param covered covered participants
     * @param rate    covered / the year's population, percent, when the figures are the whole city's
     * @param share   percent of all covered in the report
     */
    public record Group(String key, String label, long covered, Double rate, double share) implements Serializable {
    }

    public List<Group> group(CoverageDimension dimension) {
        return groups.getOrDefault(dimension, List.of());
    }
}
