package id.rentan.platform.api.identity;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.ValidationException;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 16-digit Nomor Induk Kependudukan, {@code PP KK CC DDMMYY SSSS}: province, regency/city and kecamatan where it
 * was first issued, birth date with <b>day + 40 for women</b>, and serial.
 *
 * <p>A {@code Nik} always satisfies rules V-01 (16 digits), V-02 (known province) and V-03 (valid day, month,
 * calendar date and non-zero serial). {@link #parse(String)} reports every broken rule at once in a
 * {@link ValidationException}; {@link #check(String)} returns them as data.
 *
 * <p>The full number is personal data: {@link #toString()} returns the {@link #masked()} form so it never reaches a
 * log by accident; use {@link #value()} deliberately.
 */
public final class Nik implements Serializable {

    /** What people type inside a NIK and is not part of it: spaces (also non-breaking), dots and dashes. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F.\\-]");

    private static final long serialVersionUID = 1L;

    /** Rule id: exactly 16 digits. */
    public static final String RULE_LENGTH = "V-01";
    /** Rule id: the province code is a real province. */
    public static final String RULE_PROVINCE = "V-02";
    /** Rule id: valid day, month, calendar date and serial. */
    public static final String RULE_DATE_SERIAL = "V-03";

    /** Message keys, resolved from the {@code i18n/rules} bundle. */
    public static final String KEY_LENGTH = "rule.V-01";
    public static final String KEY_PROVINCE = "rule.V-02";
    public static final String KEY_DAY = "rule.V-03.day";
    public static final String KEY_MONTH = "rule.V-03.month";
    public static final String KEY_DATE = "rule.V-03.date";
    public static final String KEY_SERIAL = "rule.V-03.serial";

    /** Dates are resolved in the deployment's time zone (Kota Probolinggo, WIB). */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final int FEMALE_DAY_OFFSET = 40;

    private final String value;

    private Nik(String value) {
        this.value = value;
    }

    /**
     * Validates a NIK with today's date (WIB) as reference for the birth century. Surrounding whitespace and inner
     * spaces, dots and dashes are removed first ({@code "3574 0145 0890 0001"} is fine).
     *
     * @throws ValidationException listing every broken rule of V-01..V-03 (V-01 alone if the length is wrong)
     */
    public static Nik parse(String raw) {
        return parse(raw, LocalDate.now(WIB));
    }

    /**
     * As {@link #parse(String)}, resolving the birth century against {@code referenceDate} (see
     * {@link #birthDate(LocalDate)}); only 29 February of year 00 depends on it.
     */
    public static Nik parse(String raw, LocalDate referenceDate) {
        List<RuleViolation> violations = check(raw, referenceDate);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Nik(clean(raw));
    }

    /** Every rule violation of V-01..V-03 for this input, with today's date (WIB) as reference; empty when valid. */
    public static List<RuleViolation> check(String raw) {
        return check(raw, LocalDate.now(WIB));
    }

    /**
     * Every rule violation of V-01..V-03 for this input, the birth century resolved against {@code referenceDate};
     * empty when valid. When the length is wrong (V-01) nothing else is checked.
     *
     * <p>Arguments of the violations: V-01 {length received, number of non-digit characters}; V-02 {province code};
     * V-03.day {day as written, two digits}; V-03.month {month}; V-03.date {day without the +40, month, two-digit
     * year}; V-03.serial {serial}. The full NIK is never an argument.
     */
    public static List<RuleViolation> check(String raw, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        String nik = clean(raw);
        if (nik.length() != 16 || !isDigits(nik)) {
            long nonDigits = nik.chars().filter(c -> c < '0' || c > '9').count();
            return List.of(RuleViolation.error(RULE_LENGTH, KEY_LENGTH, nik.length(), nonDigits));
        }
        List<RuleViolation> violations = new ArrayList<>();
        String province = nik.substring(0, 2);
        if (!Province.isKnown(province)) {
            violations.add(RuleViolation.error(RULE_PROVINCE, KEY_PROVINCE, province));
        }
        String dd = nik.substring(6, 8);
        String mm = nik.substring(8, 10);
        String yy = nik.substring(10, 12);
        int dayWritten = Integer.parseInt(dd);
        int month = Integer.parseInt(mm);
        boolean dayOk = (dayWritten >= 1 && dayWritten <= 31) || (dayWritten >= 41 && dayWritten <= 71);
        boolean monthOk = month >= 1 && month <= 12;
        if (!dayOk) {
            violations.add(RuleViolation.error(RULE_DATE_SERIAL, KEY_DAY, dd));
        }
        if (!monthOk) {
            violations.add(RuleViolation.error(RULE_DATE_SERIAL, KEY_MONTH, mm));
        }
        if (dayOk && monthOk) {
            int day = dayWritten > FEMALE_DAY_OFFSET ? dayWritten - FEMALE_DAY_OFFSET : dayWritten;
            if (resolve(day, month, Integer.parseInt(yy), referenceDate).isEmpty()) {
                violations.add(RuleViolation.error(RULE_DATE_SERIAL, KEY_DATE, String.format("%02d", day), mm, yy));
            }
        }
        String serial = nik.substring(12);
        if ("0000".equals(serial)) {
            violations.add(RuleViolation.error(RULE_DATE_SERIAL, KEY_SERIAL, serial));
        }
        return List.copyOf(violations);
    }

    /** Removes surrounding whitespace and inner whitespace, dots and dashes; {@code null} becomes "". */
    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return isDigits(raw) ? raw : SEPARATORS.matcher(raw).replaceAll("");
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * 20YY if that date exists and is not after the reference date, else 19YY if that date exists, else empty
     * (only 29 February 1900).
     */
    private static Optional<LocalDate> resolve(int day, int month, int yy, LocalDate referenceDate) {
        LocalDate in2000s = dateOrNull(2000 + yy, month, day);
        if (in2000s != null && !in2000s.isAfter(referenceDate)) {
            return Optional.of(in2000s);
        }
        return Optional.ofNullable(dateOrNull(1900 + yy, month, day));
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException noSuchDate) {
            return null;
        }
    }

    /** The 16 digits. Personal data: do not log or show it where {@link #masked()} would do. */
    public String value() {
        return value;
    }

    /** The province code, e.g. {@code "35"} (Jawa Timur). */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The province where the NIK was first issued. */
    public Province province() {
        return Province.byCode(provinceCode()).orElseThrow();
    }

    /** The regency/city code, e.g. {@code "3574"} (Kota Probolinggo). Not proof of domicile (rule V-09). */
    public String regencyCode() {
        return value.substring(0, 4);
    }

    /** The kecamatan code, e.g. {@code "357401"} (Kademangan). */
    public String kecamatanCode() {
        return value.substring(0, 6);
    }

    /** The last four digits, e.g. {@code "0001"}. */
    public String serial() {
        return value.substring(12);
    }

    /** {@link Gender#P} when the birth day is written + 40, else {@link Gender#L}. */
    public Gender gender() {
        return dayWritten() > FEMALE_DAY_OFFSET ? Gender.P : Gender.L;
    }

    /**
     * The birth date, the century chosen so it is not after {@code referenceDate}: 20YY if that date is not after the
     * reference date, else 19YY. Pass the date the NIK is judged on (e.g. the enrolment date).
     *
     * @throws DateTimeException only for 29 February 00 with a reference date before 29 February 2000 (1900 was not
     *                           a leap year)
     */
    public LocalDate birthDate(LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return resolve(birthDay(), birthMonth(), birthYearTwoDigits(), referenceDate)
                .orElseThrow(() -> new DateTimeException("29 February 1900 does not exist; the NIK's birth date "
                        + "resolves to 1900 for reference date " + referenceDate));
    }

    /**
     * Whether the stated birth date has the NIK's day, month and two-digit year (rule V-04; the caller turns a
     * mismatch into a warning for manual verification).
     */
    public boolean birthDateMatches(LocalDate stated) {
        Objects.requireNonNull(stated, "stated");
        return stated.getDayOfMonth() == birthDay()
                && stated.getMonthValue() == birthMonth()
                && Math.floorMod(stated.getYear(), 100) == birthYearTwoDigits();
    }

    /** Whether the stated gender is the one encoded in the NIK (rule V-05; a mismatch is a warning). */
    public boolean genderMatches(Gender stated) {
        Objects.requireNonNull(stated, "stated");
        return stated == gender();
    }

    /**
     * Masks any NIK-like text the same way as {@link #masked()} (first 6 and last 4 characters visible), without
     * validating it; for stored values and logs.
     */
    public static String mask(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() <= 10) {
            return "*".repeat(raw.length());
        }
        return raw.substring(0, 6) + "*".repeat(raw.length() - 10) + raw.substring(raw.length() - 4);
    }

    /**
     * The NIK with its birth date and the two digits before the serial hidden, e.g. {@code "357401******0001"}: the
     * first 6 (issuing kecamatan) and last 4 digits stay visible. For logs, and for telling an OPD that a NIK is
     * already enrolled without disclosing it.
     */
    public String masked() {
        return value.substring(0, 6) + "******" + value.substring(12);
    }

    private int dayWritten() {
        return Integer.parseInt(value.substring(6, 8));
    }

    private int birthDay() {
        int d = dayWritten();
        return d > FEMALE_DAY_OFFSET ? d - FEMALE_DAY_OFFSET : d;
    }

    private int birthMonth() {
        return Integer.parseInt(value.substring(8, 10));
    }

    private int birthYearTwoDigits() {
        return Integer.parseInt(value.substring(10, 12));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nik other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The {@link #masked()} form, so a full NIK never reaches a log through string concatenation. */
    @Override
    public String toString() {
        return masked();
    }

    /** Refuses a serialized form that breaks V-01..V-03, so the invariant cannot be bypassed by deserialization. */
    private Object readResolve() throws InvalidObjectException {
        if (value == null || value.length() != 16 || !isDigits(value) || !check(value, LocalDate.MAX).isEmpty()) {
            throw new InvalidObjectException("a serialized NIK must satisfy rules V-01..V-03");
        }
        return this;
    }
}
