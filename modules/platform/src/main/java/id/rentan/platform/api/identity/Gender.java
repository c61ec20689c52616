package id.rentan.platform.api.identity;

import java.util.Map;

/**
 * Gender as recorded on the KTP: {@link #L} (laki-laki, male) or {@link #P} (perempuan, female). The NIK encodes it
 * in the birth day (day + 40 for women), see rule V-05.
 */
public enum Gender {

    /** Laki-laki (male). */
    L("Laki-laki"),
    /** Perempuan (female). */
    P("Perempuan");

    /** Accepted spellings, reduced to lower-case letters only (see {@link #parse(String)}). */
    private static final Map<String, Gender> SPELLINGS = Map.ofEntries(
            Map.entry("l", L), Map.entry("lk", L), Map.entry("lakilaki", L), Map.entry("pria", L),
            Map.entry("m", L), Map.entry("male", L),
            Map.entry("p", P), Map.entry("pr", P), Map.entry("perempuan", P), Map.entry("wanita", P),
            Map.entry("w", P), Map.entry("f", P), Map.entry("female", P));

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** The Indonesian name as printed on the KTP: "Laki-laki" or "Perempuan". */
    public String label() {
        return label;
    }

    /**
     * Reads a gender as found in forms and spreadsheets, case-insensitively and ignoring spaces, hyphens and dots:
     * {@code L}, {@code Lk}, {@code Laki-laki}, {@code Laki laki}, {@code Lakilaki}, {@code Pria}, {@code M},
     * {@code Male} for {@link #L}; {@code P}, {@code Pr}, {@code Perempuan}, {@code Wanita}, {@code W}, {@code F},
     * {@code Female} for {@link #P}.
     *
     * @throws IllegalArgumentException for anything else, including {@code null} and blank text
     */
    public static Gender parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no gender given");
        }
        String key = key(text);
        Gender gender = SPELLINGS.get(key);
        if (gender == null) {
            throw new IllegalArgumentException(
                    "unknown gender \"" + text.strip() + "\" (expected L/Laki-laki/Pria/Male or P/Perempuan/Wanita/Female)");
        }
        return gender;
    }

    /** Lower case without whitespace, dots and hyphens ("Laki-laki" is "lakilaki"); no regex: called per import row. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '.' && c != '-') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}
