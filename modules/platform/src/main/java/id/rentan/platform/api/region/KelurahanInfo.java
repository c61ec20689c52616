package id.rentan.platform.api.region;

/**
 * A kelurahan of the city with its kecamatan.
 *
 * @param code          Kemendagri code, e.g. {@code 35.74.01.1001}
 * @param name          e.g. {@code Ketapang}
 * @param kecamatanCode e.g. {@code 35.74.01}
 * @param kecamatanName e.g. {@code Kademangan}
 */
public record KelurahanInfo(String code, String name, String kecamatanCode, String kecamatanName) {
}
