package id.rentan.platform.api.region;

import java.util.List;
import java.util.Optional;

/**
 * The city's kecamatan and kelurahan (V-09). The NIK prefix is not proof of domicile: only a kelurahan listed here
 * is.
 */
public interface RegionDirectory {

    List<KecamatanInfo> kecamatan();

    List<KelurahanInfo> kelurahan();

    List<KelurahanInfo> kelurahanOf(String kecamatanCode);

    /** By code, either {@code 35.74.01.1001} or {@code 3574011001}. */
    Optional<KelurahanInfo> byCode(String code);

    /**
     * By code or by name, with spelling variants resolved (Kedung Asem / Kedungasem, Sumber Taman / Sumbertaman).
     * A name shared by two kelurahan in different kecamatan resolves to nothing.
     */
    Optional<KelurahanInfo> resolve(String codeOrName);

    /**
     * An unchanging copy of the regions as they are now, for work that asks thousands of times in a row (an
     * import): plain in-memory lookups, no container proxy on the way, and no change half-way through.
     */
    default RegionDirectory snapshot() {
        return this;
    }
}
