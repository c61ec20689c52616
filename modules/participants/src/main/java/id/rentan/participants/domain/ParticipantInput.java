package id.rentan.participants.domain;

import java.io.Serializable;

/**
 * A participant as typed into the form or read from an import row: every field as raw text, exactly as given, so
 * that each rule can say precisely what was wrong with it. {@link ParticipantRules} turns it into
 * {@link ParticipantData} or into rule violations.
 *
 * @param nik          16-digit NIK
 * @param kkNumber     family card number (optional)
 * @param fullName     name as on the KTP
 * @param birthPlace   place of birth
 * @param birthDate    yyyy-MM-dd, dd/MM/yyyy or dd-MM-yyyy
 * @param gender       L / P (also Laki-laki / Perempuan)
 * @param motherName   mother's maiden name
 * @param address      street address
 * @param rt           RT number
 * @param rw           RW number
 * @param kelurahan    kelurahan code (35.74.01.1001 or 3574011001) or name
 * @param phone        mobile number (optional)
 * @param sector       sector code (NELAYAN, PETANI, UMKM, RT_RW, ...), any case
 * @param income       reported monthly income in rupiah (optional; default from the dated parameter)
 */
public record ParticipantInput(String nik, String kkNumber, String fullName, String birthPlace, String birthDate,
                               String gender, String motherName, String address, String rt, String rw,
                               String kelurahan, String phone, String sector, String income) implements Serializable {

    /** The import columns, in the template's order. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("nik", "no_kk", "nama", "tempat_lahir",
            "tanggal_lahir", "jenis_kelamin", "nama_ibu_kandung", "alamat", "rt", "rw", "kode_kelurahan", "no_hp",
            "sektor", "penghasilan");

    /** The columns a file must have; the others are optional. */
    public static final java.util.List<String> REQUIRED_COLUMNS = java.util.List.of("nik", "nama", "tempat_lahir",
            "tanggal_lahir", "jenis_kelamin", "nama_ibu_kandung", "alamat", "rt", "rw", "kode_kelurahan", "sektor");
}
