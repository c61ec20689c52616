package id.rentan.platform.api.identity;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of Indonesia's 38 provinces with its two-digit Kemendagri code, the first two digits of every NIK and region
 * code (rule V-02). The table is the official list after the 2022 split of Papua (codes 93..96).
 *
 * @param code two-digit Kemendagri code, e.g. {@code "35"}
 * @param name official name, e.g. {@code "Jawa Timur"}
 */
public record Province(String code, String name) implements Serializable {

    private static final Map<String, Province> BY_CODE = table(
            "11", "Aceh",
            "12", "Sumatera Utara",
            "13", "Sumatera Barat",
            "14", "Riau",
            "15", "Jambi",
            "16", "Sumatera Selatan",
            "17", "Bengkulu",
            "18", "Lampung",
            "19", "Kepulauan Bangka Belitung",
            "21", "Kepulauan Riau",
            "31", "DKI Jakarta",
            "32", "Jawa Barat",
            "33", "Jawa Tengah",
            "34", "Daerah Istimewa Yogyakarta",
            "35", "Jawa Timur",
            "36", "Banten",
            "51", "Bali",
            "52", "Nusa Tenggara Barat",
            "53", "Nusa Tenggara Timur",
            "61", "Kalimantan Barat",
            "62", "Kalimantan Tengah",
            "63", "Kalimantan Selatan",
            "64", "Kalimantan Timur",
            "65", "Kalimantan Utara",
            "71", "Sulawesi Utara",
            "72", "Sulawesi Tengah",
            "73", "Sulawesi Selatan",
            "74", "Sulawesi Tenggara",
            "75", "Gorontalo",
            "76", "Sulawesi Barat",
            "81", "Maluku",
            "82", "Maluku Utara",
            "91", "Papua",
            "92", "Papua Barat",
            "93", "Papua Selatan",
            "94", "Papua Tengah",
            "95", "Papua Pegunungan",
            "96", "Papua Barat Daya");

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("a province code has two digits, got \"" + code + "\"");
        }
    }

    private static Map<String, Province> table(String... codesAndNames) {
        Map<String, Province> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], new Province(codesAndNames[i], codesAndNames[i + 1]));
        }
        return Collections.unmodifiableMap(map);
    }

    /** Whether the two-digit code is a province code; {@code false} for {@code null} or anything not two digits. */
    public static boolean isKnown(String twoDigitCode) {
        return twoDigitCode != null && BY_CODE.containsKey(twoDigitCode);
    }

    /** The province with this two-digit code, or empty if there is none (also for {@code null}). */
    public static Optional<Province> byCode(String twoDigitCode) {
        return twoDigitCode == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(twoDigitCode));
    }

    /** All 38 provinces in code order. */
    public static List<Province> all() {
        return List.copyOf(BY_CODE.values());
    }
}
