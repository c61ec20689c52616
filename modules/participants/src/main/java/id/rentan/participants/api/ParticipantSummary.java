package id.rentan.participants.api;

import id.rentan.platform.api.identity.Gender;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A participant as other modules and the lists see it: who, where, which sector and OPD, and the state of cover.
 *
 * @param id             participant id
 * @param nik            16-digit NIK (personal data)
 * @param fullName       name as on the KTP
 * @param gender         {@code L} or {@code P}
 * @param birthDate      date of birth
 * @param sectorCode     e.g. {@code NELAYAN}
 * @param opdCode        the proposing OPD
 * @param kelurahanCode  e.g. {@code 35.74.01.1001}
 * @param kecamatanCode  e.g. {@code 35.74.01}
 * @param status         lifecycle status
 * @param kpj            BPJS membership number, once registered
 * @param coverageStart  first day of cover, once registered
 * @param endDate        last day (termination, death, lapse), if any
 * @param reportedIncome reported monthly income in rupiah (premium basis, C-01)
 * @param hasWarnings    whether data warnings (V-02, V-04, V-05) wait for the verifier's attention
 */
public record ParticipantSummary(long id, String nik, String fullName, Gender gender, LocalDate birthDate,
                                 String sectorCode, String opdCode, String kelurahanCode, String kecamatanCode,
                                 ParticipantStatus status, String kpj, LocalDate coverageStart, LocalDate endDate,
                                 long reportedIncome, boolean hasWarnings) implements Serializable {
}
