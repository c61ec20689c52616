package id.rentan.platform.api.region;

/**
 * A kecamatan of the city.
 *
 * @param code Kemendagri code, e.g. {@code 35.74.01}
 * @param name e.g. {@code Kademangan}
 */
public record KecamatanInfo(String code, String name) {
}
