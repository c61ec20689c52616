package id.rentan.platform.api.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;

/**
 * An amount of Indonesian rupiah, in whole rupiah (the programme never bills or pays sen).
 *
 * <p>Immutable and backed by a {@code long}; every arithmetic operation uses {@code Math.*Exact}, so an overflow
 * throws {@link ArithmeticException} instead of silently wrapping. Operations with a fractional factor
 * ({@link #percent(BigDecimal)}, {@link #times(BigDecimal)}) round {@link RoundingMode#HALF_UP HALF_UP} to whole
 * rupiah, i.e. half a rupiah goes away from zero.
 *
 * <p>Examples (rule C-02): {@code Rupiah.of(1_000_000).percent(BigDecimal.ONE)} is Rp 10.000 (JKK), plus Rp 6.800
 * (JKM) gives Rp 16.800 per participant per month.
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Rp 0. */
    public static final Rupiah ZERO = new Rupiah(0);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The number part of {@link #parse(String)}: plain digits or dot-grouped thousands, then an optional decimal part
     * of one or two digits or the dash of "Rp 16.800,-".
     */
    private static final Pattern NUMBER = Pattern.compile("([0-9]+|[0-9]{1,3}(?:\\.[0-9]{3})+)(?:,([0-9]{1,2}|-))?");

    private final long amount;

    private Rupiah(long amount) {
        this.amount = amount;
    }

    /** The given number of whole rupiah. */
    public static Rupiah of(long amount) {
        return amount == 0 ? ZERO : new Rupiah(amount);
    }

    /**
     * The given amount, which must be a whole number of rupiah ({@code 16800}, {@code 16800.00}).
     *
     * @throws IllegalArgumentException if the amount has a non-zero fraction
     * @throws ArithmeticException      if the amount does not fit in a {@code long}
     */
    public static Rupiah of(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal whole;
        try {
            whole = amount.setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException notWhole) {
            throw new IllegalArgumentException(
                    "a rupiah amount must be a whole number of rupiah, got " + amount.toPlainString(), notWhole);
        }
        return of(whole.longValueExact());
    }

    /**
     * Reads an amount as people write it in Indonesia: {@code "16800"}, {@code "16.800"}, {@code "Rp 16.800"},
     * {@code "Rp16.800"}, {@code "Rp. 16.800"}, {@code "Rp 16.800,00"}, {@code "Rp 16.800,-"}, {@code "-Rp 16.800"},
     * {@code "Rp -16.800"}, with any surrounding whitespace (including non-breaking spaces).
     *
     * <p>Dots are thousands separators and must group exactly three digits ({@code "16.80"} is refused). A decimal
     * part after a comma may only be {@code ",0"}, {@code ",00"} or {@code ",-"}: a non-zero fraction is refused,
     * and so is an English-style {@code "16,800"} (three digits after the comma), which would otherwise be
     * ambiguous.
     *
     * @throws IllegalArgumentException if the text is not such an amount, with a message saying why
     */
    public static Rupiah parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no rupiah amount given (null)");
        }
        String s = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("no rupiah amount given (blank text)");
        }
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1).stripLeading();
        }
        if (s.regionMatches(true, 0, "Rp", 0, 2)) {
            s = s.substring(2);
            if (s.startsWith(".")) {
                s = s.substring(1);
            }
            s = s.stripLeading();
            if (s.startsWith("-")) {
                if (negative) {
                    throw new IllegalArgumentException("not a rupiah amount (two minus signs): \"" + text + "\"");
                }
                negative = true;
                s = s.substring(1).stripLeading();
            }
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException(explainRefusal(text, s));
        }
        String fraction = m.group(2);
        if (fraction != null && !"-".equals(fraction) && !fraction.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("rupiah amounts are whole rupiah; the decimal part \"," + fraction
                    + "\" is not zero in \"" + text + "\"");
        }
        String digits = m.group(1).replace(".", "");
        try {
            return of(Long.parseLong(negative ? "-" + digits : digits));
        } catch (NumberFormatException tooLarge) {
            throw new IllegalArgumentException("rupiah amount too large: \"" + text + "\"", tooLarge);
        }
    }

    private static String explainRefusal(String text, String number) {
        if (number.isEmpty()) {
            return "not a rupiah amount (no digits): \"" + text + "\"";
        }
        if (number.matches("[0-9.,]+") && number.matches(".*,[0-9]{3}.*")) {
            return "not a rupiah amount (use a dot for thousands, as in 16.800; a comma starts the decimal part): \""
                    + text + "\"";
        }
        int comma = number.indexOf(',');
        String integerPart = comma < 0 ? number : number.substring(0, comma);
        boolean integerPartValid = integerPart.matches("[0-9]+|[0-9]{1,3}(?:\\.[0-9]{3})+");
        if (integerPart.matches("[0-9.]+") && !integerPartValid) {
            return "not a rupiah amount (dots must separate groups of three digits, as in 16.800): \"" + text + "\"";
        }
        if (comma >= 0 && integerPartValid) {
            return "not a rupiah amount (after the comma only 0, 00 or - may follow, as in 16.800,00): \""
                    + text + "\"";
        }
        return "not a rupiah amount (expected e.g. 16800, 16.800 or Rp 16.800): \"" + text + "\"";
    }

    /** The sum of the given amounts; {@link #ZERO} for an empty collection. */
    public static Rupiah sum(Collection<Rupiah> amounts) {
        long total = 0;
        for (Rupiah r : amounts) {
            total = Math.addExact(total, r.amount);
        }
        return of(total);
    }

    /** A stream collector that adds amounts up, e.g. {@code invoices.stream().map(Invoice::total).collect(summing())}. */
    public static Collector<Rupiah, ?, Rupiah> summing() {
        return Collector.<Rupiah, long[], Rupiah>of(
                () -> new long[1],
                (acc, r) -> acc[0] = Math.addExact(acc[0], r.amount),
                (a, b) -> {
                    a[0] = Math.addExact(a[0], b[0]);
                    return a;
                },
                acc -> of(acc[0]));
    }

    /** The amount in whole rupiah. */
    public long amount() {
        return amount;
    }

    /** The amount as a {@link BigDecimal} with scale 0. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(amount);
    }

    public Rupiah plus(Rupiah other) {
        return of(Math.addExact(amount, other.amount));
    }

    public Rupiah minus(Rupiah other) {
        return of(Math.subtractExact(amount, other.amount));
    }

    /** This amount times a whole number, e.g. a monthly premium times the number of participants. */
    public Rupiah times(long factor) {
        return of(Math.multiplyExact(amount, factor));
    }

    /** This amount times a fractional factor, rounded HALF_UP to whole rupiah. */
    public Rupiah times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return of(toBigDecimal().multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /**
     * The given percentage of this amount, rounded HALF_UP to whole rupiah: {@code percent(new BigDecimal("1"))} of
     * Rp 1.000.000 is Rp 10.000 (rule C-01).
     */
    public Rupiah percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return of(toBigDecimal().multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact());
    }

    public Rupiah negate() {
        return of(Math.negateExact(amount));
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public Rupiah min(Rupiah other) {
        return amount <= other.amount ? this : other;
    }

    public Rupiah max(Rupiah other) {
        return amount >= other.amount ? this : other;
    }

    /**
     * The amount as shown to people: {@code "Rp 16.800"} in Indonesian, {@code "Rp 16,800"} in English,
     * {@code "-Rp 16.800"} when negative, {@code "Rp 0"} for zero. Other locales use their own grouping separator.
     */
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        char separator = isIndonesian(locale) ? '.' : DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        String digits = Long.toString(amount);
        if (amount < 0) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (amount < 0) {
            out.append('-');
        }
        out.append("Rp ");
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    private static boolean isIndonesian(Locale locale) {
        String language = locale.getLanguage();
        return "id".equals(language) || "in".equals(language);
    }

    @Override
    public int compareTo(Rupiah other) {
        return Long.compare(amount, other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rupiah other && other.amount == amount;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(amount);
    }

    /** The Indonesian format, e.g. {@code "Rp 16.800"}. */
    @Override
    public String toString() {
        return format(Locale.forLanguageTag("id"));
    }

    /** Keeps {@link #ZERO} a singleton across serialization. */
    private Object readResolve() {
        return of(amount);
    }
}
