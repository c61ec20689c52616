package id.rentan.participants.domain;

import id.rentan.participants.api.ParticipantStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The registry's filters; {@code null} fields do not filter. The caller's OPD scope is applied on top, always.
 *
 * @param nik           the NIK, whole or its first digits
 * @param name          the start of the name (case does not matter)
 * @param status        one status
 * @param sectorCode    one sector
 * @param opdCode       one OPD
 * @param kecamatanCode one kecamatan
 * @param kelurahanCode one kelurahan
 * @param ageBand       one age band, computed on {@code today}
 * @param importId      rows of one import
 * @param submissionId  participants of one submission batch
 * @param kpj           a KPJ number
 * @param gender        {@code L} or {@code P}
 * @param coveredIn     covered on some day of this month (C-04, as the coverage figures count: the list behind a
 *                      figure); the age band is then computed on the month's last day
 */
public record ParticipantFilter(String nik, String name, ParticipantStatus status, String sectorCode, String opdCode,
                                String kecamatanCode, String kelurahanCode, AgeBand ageBand, Long importId,
                                Long submissionId, String kpj, String gender, YearMonth coveredIn)
        implements Serializable {

    public ParticipantFilter(String nik, String name, ParticipantStatus status, String sectorCode, String opdCode,
                             String kecamatanCode, String kelurahanCode, AgeBand ageBand, Long importId,
                             Long submissionId, String kpj) {
        this(nik, name, status, sectorCode, opdCode, kecamatanCode, kelurahanCode, ageBand, importId, submissionId, kpj,
                null, null);
    }

    /** The same filter, also by gender and by the month covered. */
    public ParticipantFilter withCover(String g, YearMonth month) {
        return new ParticipantFilter(nik, name, status, sectorCode, opdCode, kecamatanCode, kelurahanCode, ageBand,
                importId, submissionId, kpj, g, month);
    }

    public static ParticipantFilter none() {
        return new ParticipantFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    public ParticipantFilter withStatus(ParticipantStatus s) {
        return new ParticipantFilter(nik, name, s, sectorCode, opdCode, kecamatanCode, kelurahanCode, ageBand,
                importId, submissionId, kpj, gender, coveredIn);
    }

    public ParticipantFilter withSubmission(Long id) {
        return new ParticipantFilter(nik, name, status, sectorCode, opdCode, kecamatanCode, kelurahanCode, ageBand,
                importId, id, kpj, gender, coveredIn);
    }

    /** Age bands of R-01, with the birth dates they cover on a day. */
    public enum AgeBand {
        UNDER_25(15, 24), FROM_25_TO_34(25, 34), FROM_35_TO_44(35, 44), FROM_45_TO_54(45, 54), FROM_55_TO_64(55, 64),
        FROM_65(65, 200);

        private final int from;
        private final int to;

        AgeBand(int from, int to) {
            this.from = from;
            this.to = to;
        }

        /** Born on or after this day (inclusive) to be at most {@code to} years old on {@code today}. */
        public LocalDate bornOnOrAfter(LocalDate today) {
            return today.minusYears(to + 1L).plusDays(1);
        }

        /** Born on or before this day to be at least {@code from} years old on {@code today}. */
        public LocalDate bornOnOrBefore(LocalDate today) {
            return today.minusYears(from);
        }

        /** The oldest age in the band, in years. */
        public int to() {
            return to;
        }

        public String labelKey() {
            return "participant.ageBand." + name();
        }
    }
}
