package id.rentan.participants.domain;

import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.platform.api.security.DataScope;

import java.util.Map;

/**
 * The coverage figures' per-month counts (ADR 0016): for each combination of OPD, sector, kelurahan and gender (and,
 * apart, of OPD, sector and birth month) how many participants' cover starts and ends in each month. The number
 * covered in a month is the starts up to it minus the ends up to it. Kept in the transaction of every change of
 * cover, so it always equals a count of the registry; {@link #expected()} recounts it from the registry.
 */
public interface CoverageFlows {

    /** Moves a participant's counts from its former cover to its present one (either may be {@code null}). */
    void moved(Participant participant, CoverSpan before, CoverSpan after);

    /**
     * Net starts minus ends per key, of the months up to and including {@code monthNo}, grouped by a column
     * expression; within the filter and the scope.
     *
     * @param groupBy {@code month}, {@code sector}, {@code opd}, {@code kecamatan}, {@code kelurahan}, {@code gender}
     *                {@code birth} (birth month number, from the age counts) or {@code cell} (the key is
     *                {@code opd|sector|kelurahan|gender})
     */
    Map<String, long[]> sums(String groupBy, int monthNo, CoverageFilter filter, DataScope scope);

    /** The kept counts, cell by cell ({@code key -> {starts, ends}}). */
    Map<String, long[]> kept();

    /** The counts as the registry gives them now, cell by cell. */
    Map<String, long[]> expected();

    /** Replaces the kept counts with the registry's. */
    void rebuild();
}
