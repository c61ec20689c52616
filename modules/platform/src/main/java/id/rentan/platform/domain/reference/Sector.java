package id.rentan.platform.domain.reference;

import id.rentan.platform.api.error.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;

/** A sector of vulnerable work (E-04): NELAYAN, PETANI, UMKM, RT_RW, and any an administrator adds. */
@Entity
@Table(name = "sector", schema = "platform")
public class Sector {

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name_id", nullable = false, length = 100)
    private String nameId;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Sector() {
        // for JPA
    }

    public Sector(String code, String nameId, String nameEn) {
        this.code = Opd.normalizeCode(code);
        this.active = true;
        rename(nameId, nameEn);
    }

    public void rename(String newNameId, String newNameEn) {
        this.nameId = checkName(newNameId);
        this.nameEn = checkName(newNameEn);
    }

    private static String checkName(String raw) {
        String n = raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
        if (n.length() < 2 || n.length() > 100) {
            throw new BusinessException("reference.name.invalid");
        }
        return n;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("nameId", nameId);
        s.put("nameEn", nameEn);
        s.put("active", active);
        return s;
    }

    public String code() {
        return code;
    }

    public String nameId() {
        return nameId;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }
}
