package id.rentan.platform.domain.reference;

import id.rentan.platform.api.error.BusinessException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A city department (Organisasi Perangkat Daerah) that takes part in the programme, with a stable code used by the
 * API, and the sectors it may propose workers for (E-04).
 */
@Entity
@Table(name = "opd", schema = "platform")
public class Opd {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    /** What kind of department it is. */
    public enum Kind {
        /** The lead department (Disperinaker): verifies and enrols for every sector. */
        LEAD,
        /** A sectoral department (DKUPP, Perikanan, Pertanian...). */
        SECTORAL,
        /** A kecamatan office, proposing RT/RW heads. */
        KECAMATAN
    }

    @Id
    @Column(name = "code", length = 30)
    private String code;

    @Column(name = "name", nullable = false, length = 150)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "opd_sector", schema = "platform", joinColumns = @JoinColumn(name = "opd_code"))
    @Column(name = "sector_code", length = 30)
    private Set<String> sectors = new TreeSet<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Opd() {
        // for JPA
    }

    public Opd(String code, String name, Kind kind) {
        this.code = normalizeCode(code);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.active = true;
        rename(name);
    }

    public static String normalizeCode(String raw) {
        String c = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException("reference.code.invalid", raw == null ? "" : raw);
        }
        return c;
    }

    public void rename(String newName) {
        String n = newName == null ? "" : newName.trim().replaceAll("\\s+", " ");
        if (n.length() < 2 || n.length() > 150) {
            throw new BusinessException("reference.name.invalid");
        }
        this.name = n;
    }

    public void changeKind(Kind newKind) {
        this.kind = java.util.Objects.requireNonNull(newKind, "kind");
    }

    /** E-04: the sectors this OPD may propose. */
    public void allowSectors(Set<String> sectorCodes) {
        this.sectors.clear();
        this.sectors.addAll(sectorCodes);
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
        s.put("name", name);
        s.put("kind", kind.name());
        s.put("active", active);
        s.put("sectors", new TreeSet<>(sectors));
        return s;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> sectors() {
        return Set.copyOf(sectors);
    }
}
