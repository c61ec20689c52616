package id.rentan.platform.api.region;

import java.io.InvalidObjectException;
import java.io.Serializable;

/**
 * The Kemendagri code of a kelurahan (or desa), {@code PP.KK.CC.NNNN}, e.g. {@code 35.74.01.1001} for Ketapang,
 * Kademangan, Kota Probolinggo. Only the format is checked here; whether the kelurahan belongs to the city (rule
 * V-09) is decided against the region reference data, because codes have gaps and change when regions split.
 */
public final class KelurahanCode implements Comparable<KelurahanCode>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The digit groups of the dotted form {@code 35.74.01.1001}. */
    private static final int[] GROUPS = {2, 2, 2, 4};

    /** The ten digits, without dots. */
    private final String compact;

    private KelurahanCode(String compact) {
        this.compact = compact;
    }

    /**
     * Reads {@code "35.74.01.1001"} or {@code "3574011001"} (surrounding whitespace ignored).
     *
     * @throws IllegalArgumentException for anything else, e.g. {@code "35.74.1.1001"}, {@code "357.401.1001"} or a
     *                                  9- or 11-digit code
     */
    public static KelurahanCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no kelurahan code given (null)");
        }
        String compact = compact(text);
        if (compact == null) {
            throw new IllegalArgumentException(
                    "not a kelurahan code: \"" + text.strip() + "\" (expected 10 digits as 35.74.01.1001 or 3574011001)");
        }
        return new KelurahanCode(compact);
    }

    /** Whether {@link #parse(String)} would accept the text, e.g. to tell a code from a name in an import column. */
    public static boolean looksLikeCode(String text) {
        return text != null && compact(text) != null;
    }

    /**
     * The ten digits of ten digits optionally dotted exactly as {@code 35.74.01.1001} (each dot may be left out,
     * surrounding whitespace ignored), else {@code null}. Read by hand, not by a regular expression: every row of an
     * import passes here.
     */
    private static String compact(String text) {
        String t = text.strip();
        StringBuilder digits = new StringBuilder(10);
        int i = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            if (g > 0 && i < t.length() && t.charAt(i) == '.') {
                i++;
            }
            for (int k = 0; k < GROUPS[g]; k++) {
                if (i >= t.length() || t.charAt(i) < '0' || t.charAt(i) > '9') {
                    return null;
                }
                digits.append(t.charAt(i++));
            }
        }
        return i == t.length() ? digits.toString() : null;
    }

    /** The dotted form, e.g. {@code "35.74.01.1001"}. */
    public String value() {
        return compact.substring(0, 2) + '.' + compact.substring(2, 4) + '.' + compact.substring(4, 6) + '.'
                + compact.substring(6);
    }

    /** The ten digits, e.g. {@code "3574011001"}. */
    public String compact() {
        return compact;
    }

    /** The dotted kecamatan code, e.g. {@code "35.74.01"}. */
    public String kecamatanCode() {
        return compact.substring(0, 2) + '.' + compact.substring(2, 4) + '.' + compact.substring(4, 6);
    }

    /** The dotted regency/city code, e.g. {@code "35.74"}. */
    public String regencyCode() {
        return compact.substring(0, 2) + '.' + compact.substring(2, 4);
    }

    /** The province code, e.g. {@code "35"}. */
    public String provinceCode() {
        return compact.substring(0, 2);
    }

    @Override
    public int compareTo(KelurahanCode other) {
        return compact.compareTo(other.compact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KelurahanCode other && other.compact.equals(compact);
    }

    @Override
    public int hashCode() {
        return compact.hashCode();
    }

    /** The dotted form, e.g. {@code "35.74.01.1001"}. */
    @Override
    public String toString() {
        return value();
    }

    private Object readResolve() throws InvalidObjectException {
        if (compact == null || !compact.matches("[0-9]{10}")) {
            throw new InvalidObjectException("a serialized kelurahan code must be 10 digits");
        }
        return this;
    }
}
