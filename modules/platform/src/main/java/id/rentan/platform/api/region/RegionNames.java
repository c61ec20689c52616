package id.rentan.platform.api.region;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Matching of region names as people spell them. The reference data and imported spreadsheets disagree on spaces,
 * hyphens and case ("Kedung Asem" / "Kedungasem", "Curah Grinting" / "Curahgrinting"), so names are compared in a
 * normalized form.
 */
public final class RegionNames {

    private RegionNames() {
    }

    /**
     * The matching key of a region name: lower case, accents removed, and everything that is not a letter or a digit
     * dropped. {@code "Kedung Asem"}, {@code "Kedungasem"} and {@code "KEDUNG-ASEM"} all give {@code "kedungasem"}.
     */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
