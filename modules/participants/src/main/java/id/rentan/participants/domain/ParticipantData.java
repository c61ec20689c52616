package id.rentan.participants.domain;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.money.Rupiah;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A participant's data after every rule passed: normalised (name upper-case, RT/RW three digits, kelurahan by its
 * code, phone 08...), with the warnings that need a verifier's attention (V-02, V-04, V-05).
 */
public record ParticipantData(Nik nik, String kkNumber, String fullName, String birthPlace, LocalDate birthDate,
                              Gender gender, String motherName, String address, String rt, String rw,
                              String kelurahanCode, String kecamatanCode, String phone, String sectorCode,
                              Rupiah income, List<RuleViolation> warnings) implements Serializable {

    public ParticipantData {
        warnings = List.copyOf(warnings);
    }
}
