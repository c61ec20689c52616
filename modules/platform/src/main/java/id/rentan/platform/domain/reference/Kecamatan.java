package id.rentan.platform.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kecamatan (district) of the city with its Kemendagri code, e.g. 35.74.01 Kademangan. */
@Entity
@Table(name = "kecamatan", schema = "platform")
public class Kecamatan {

    @Id
    @Column(name = "code", length = 8)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    protected Kecamatan() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
