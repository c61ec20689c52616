package id.rentan.platform.api.reference;

import java.util.Set;

/**
 * A participating city department.
 *
 * @param code    stable code used by the API, e.g. {@code DKUPP}
 * @param name    full name
 * @param kind    {@code LEAD}, {@code SECTORAL} or {@code KECAMATAN}
 * @param active  whether it may still propose
 * @param sectors the sector codes it may propose (E-04)
 */
public record OpdInfo(String code, String name, String kind, boolean active, Set<String> sectors) {

    public OpdInfo {
        sectors = Set.copyOf(sectors);
    }

    public boolean isLead() {
        return "LEAD".equals(kind);
    }
}
