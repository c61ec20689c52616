package id.rentan.platform.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kelurahan of the city with its Kemendagri code (e.g. 35.74.01.1001 Ketapang) and the kecamatan it is in.
 * Seeded by migration from regions-probolinggo.csv; codes have gaps and are never derived by counting.
 */
@Entity
@Table(name = "kelurahan", schema = "platform")
public class Kelurahan {

    @Id
    @Column(name = "code", length = 13)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "kecamatan_code", nullable = false, length = 8)
    private String kecamatanCode;

    protected Kelurahan() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }
}
