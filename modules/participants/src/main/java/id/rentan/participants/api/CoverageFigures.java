package id.rentan.participants.api;

import java.time.YearMonth;
import java.util.List;

/**
 * Covered participants per month, for the reporting module. A participant counts in a month when cover runs on
 * any day of it, as the month is billed (C-04): from the month of the coverage start BPJS recorded through the month of
 * the last day of cover (termination, death, lapse). The figures come from per-month counts kept in the same
 * transaction as every change of cover, so they always equal a count of the registry (the registry's "covered in"
 * filter lists the people behind each figure). Every figure applies the caller's OPD scope.
 */
public interface CoverageFigures {

    /** Covered participants in each month from {@code first} to {@code last}, within the filter. */
    List<MonthCount> perMonth(YearMonth first, YearMonth last, CoverageFilter filter);

    /**
     * Covered participants in a month by one dimension (groups with nobody covered are left out). Age bands are the
     * age on the month's last day; they can be filtered by OPD and sector only.
     */
    List<GroupCount> by(CoverageDimension dimension, YearMonth month, CoverageFilter filter);

    /**
     * Covered participants in a month by OPD, sector, kelurahan and gender at once (cells with nobody covered are left
     * out): every grouping but the age band can be summed from it, with one query.
     */
    List<CellCount> cells(YearMonth month, CoverageFilter filter);

    /** Covered participants in a month, within the filter. */
    long covered(YearMonth month, CoverageFilter filter);

    /**
     * Counts the registry again and compares it with the kept counts (administrator); with {@code repair} the kept
     * counts are rebuilt from the registry when they differ. Audited.
     */
    CoverageCheck check(boolean repair);

    /** The dimensions of R-01. */
    enum CoverageDimension { SECTOR, OPD, KECAMATAN, KELURAHAN, GENDER, AGE_BAND }

    /**
     * Filters; {@code null} fields do not filter. The caller's OPD scope applies on top.
     *
     * @param opdCode       one OPD
     * @param sectorCode    one sector
     * @param kecamatanCode one kecamatan (e.g. {@code 35.74.01})
     * @param kelurahanCode one kelurahan (e.g. {@code 35.74.01.1001})
     * @param gender        {@code L} or {@code P}
     */
    record CoverageFilter(String opdCode, String sectorCode, String kecamatanCode, String kelurahanCode,
                          String gender) implements java.io.Serializable {

        public static CoverageFilter none() {
            return new CoverageFilter(null, null, null, null, null);
        }

        public boolean byPlace() {
            return kecamatanCode != null || kelurahanCode != null || gender != null;
        }
    }

    /** @param month the month; @param covered covered participants */
    record MonthCount(YearMonth month, long covered) implements java.io.Serializable {
    }

    /**
     * @param key     sector, OPD, kecamatan or kelurahan code, {@code L}/{@code P}, or the age band
     *                ({@code UNDER_25}, {@code FROM_25_TO_34}, ... as the registry's age-band filter)
     * @param covered covered participants
     */
    record GroupCount(String key, long covered) implements java.io.Serializable {
    }

    /**
     * @param opdCode       OPD
     * @param sectorCode    sector
     * @param kelurahanCode kelurahan (its first 8 characters are the kecamatan)
     * @param gender        {@code L} or {@code P}
     * @param covered       covered participants
     */
    record CellCount(String opdCode, String sectorCode, String kelurahanCode, String gender, long covered)
            implements java.io.Serializable {

        public String kecamatanCode() {
            return kelurahanCode.substring(0, Math.min(8, kelurahanCode.length()));
        }
    }

    /**
     * @param cells      kept counts compared
     * @param mismatches counts that differed from the registry
     * @param repaired   whether they were rebuilt
     */
    record CoverageCheck(long cells, long mismatches, boolean repaired) implements java.io.Serializable {
    }
}
