package id.rentan.platform.api.identity;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.Severity;
import id.rentan.platform.api.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules V-01..V-05 of business-rules.md, with NIK-like numbers of Kota Probolinggo (3574). */
class NikTest {

    /** Kademangan (357401), man born 15 August 1985, serial 0001. */
    private static final String MAN = "3574011508850001";
    /** Kademangan (357401), woman born 15 August 1985 (day 15 + 40 = 55), serial 0002. */
    private static final String WOMAN = "3574015508850002";

    private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 1);

    /** A Kota Probolinggo NIK (Mayangan, 357403) with the given DDMMYY and serial 0001. */
    private static String nik(String ddmmyy) {
        return "357403" + ddmmyy + "0001";
    }

    private static List<String> keys(List<RuleViolation> violations) {
        return violations.stream().map(RuleViolation::messageKey).collect(Collectors.toList());
    }

    @Nested
    class ValidNik {

        @Test
        void parts_of_a_man_nik() {
            Nik nik = Nik.parse(MAN, REFERENCE);
            assertEquals(MAN, nik.value());
            assertEquals("35", nik.provinceCode());
            assertEquals("3574", nik.regencyCode());
            assertEquals("357401", nik.kecamatanCode());
            assertEquals("0001", nik.serial());
            assertEquals(Gender.L, nik.gender());
            assertEquals(LocalDate.of(1985, 8, 15), nik.birthDate(REFERENCE));
            assertEquals("Jawa Timur", nik.province().name());
        }

        @Test
        @DisplayName("V-03/V-05 a woman's day is written + 40 and she is P")
        void v05_woman_day_plus_40() {
            Nik nik = Nik.parse(WOMAN, REFERENCE);
            assertEquals(Gender.P, nik.gender());
            assertEquals(LocalDate.of(1985, 8, 15), nik.birthDate(REFERENCE));
            assertEquals("0002", nik.serial());
        }

        @Test
        void check_of_a_valid_nik_is_empty() {
            assertEquals(List.of(), Nik.check(MAN));
            assertEquals(List.of(), Nik.check(WOMAN, REFERENCE));
        }

        @Test
        void parse_without_reference_date_uses_today() {
            assertEquals(MAN, Nik.parse(MAN).value());
        }

        @ParameterizedTest
        @ValueSource(strings = {" 3574011508850001 ", "3574 0115 0885 0001", "3574.01.150885.0001",
                "3574-01-150885-0001", "35 74 01 15 08 85 0001", "\t3574011508850001\n", "3574\u00A0011508850001"})
        void v01_spaces_dots_and_dashes_are_removed_first(String raw) {
            Nik nik = Nik.parse(raw, REFERENCE);
            assertEquals(MAN, nik.value());
            assertEquals(Nik.parse(MAN, REFERENCE), nik);
        }

        @Test
        void v02_other_provinces_are_fine_too() {
            assertEquals("11", Nik.parse("1101011508850001", REFERENCE).provinceCode());
            assertEquals("96", Nik.parse("9601011508850001", REFERENCE).provinceCode());
            assertEquals("Papua Barat Daya", Nik.parse("9601011508850001", REFERENCE).province().name());
        }
    }

    @Nested
    @DisplayName("V-01 exactly 16 digits")
    class V01 {

        @Test
        void v01_rejects_15_digits() {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Nik.parse("357401150885000", REFERENCE));
            assertEquals(1, e.violations().size());
            RuleViolation v = e.violations().get(0);
            assertEquals("V-01", v.rule());
            assertEquals(Severity.ERROR, v.severity());
            assertEquals("rule.V-01", v.messageKey());
            assertEquals(List.of(15, 0), v.args(), "whole numbers as Integer");
            assertEquals("V-01", e.rule());
        }

        @Test
        void v01_rejects_17_digits() {
            List<RuleViolation> violations = Nik.check("35740115088500011", REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-01", "rule.V-01", 17, 0L)), violations);
        }

        @Test
        void v01_rejects_a_letter_among_16_characters() {
            List<RuleViolation> violations = Nik.check("35740115088500O1", REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-01", "rule.V-01", 16, 1L)), violations);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "---", "abcdefghijklmnop", "3574O11508850001", "+3574011508850001",
                "3574011508850001x", "3574/01/150885/0001", "٣٥٧٤٠١١٥٠٨٨٥٠٠٠١"})
        void v01_rejects_what_is_not_16_digits(String raw) {
            List<RuleViolation> violations = Nik.check(raw, REFERENCE);
            assertEquals(1, violations.size());
            assertEquals("V-01", violations.get(0).rule());
            assertThrows(ValidationException.class, () -> Nik.parse(raw, REFERENCE));
        }

        @Test
        void v01_null_is_reported_as_zero_characters() {
            assertEquals(List.of(0, 0), Nik.check(null, REFERENCE).get(0).args());
        }

        @Test
        void v01_stops_there_other_problems_of_a_short_number_are_not_reported() {
            // unknown province 20, day 32, month 13, serial 000: only V-01
            List<RuleViolation> violations = Nik.check("207401321385000", REFERENCE);
            assertEquals(List.of("rule.V-01"), keys(violations));
        }
    }

    @Nested
    @DisplayName("V-02 province code must be a real province")
    class V02 {

        @ParameterizedTest
        @ValueSource(strings = {"20", "99", "00", "10", "37", "97"})
        void v02_rejects_unknown_province(String province) {
            String raw = province + "74011508850001";
            ValidationException e = assertThrows(ValidationException.class, () -> Nik.parse(raw, REFERENCE));
            assertEquals(List.of(RuleViolation.error("V-02", "rule.V-02", province)), e.violations());
        }

        @Test
        void v02_unknown_regency_is_not_a_rejection() {
            // 3599 is not a regency of Jawa Timur; codes change when regions split, so this is not V-02's business
            assertEquals(List.of(), Nik.check("3599991508850001", REFERENCE));
        }
    }

    @Nested
    @DisplayName("V-03 day, month, calendar date and serial")
    class V03 {

        @ParameterizedTest
        @ValueSource(strings = {"01", "15", "31", "41", "55", "71"})
        void v03_accepts_day_boundaries(String dd) {
            assertEquals(List.of(), Nik.check(nik(dd + "0185"), REFERENCE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "32", "35", "40", "72", "80", "99"})
        void v03_rejects_day_outside_01_31_and_41_71(String dd) {
            List<RuleViolation> violations = Nik.check(nik(dd + "0185"), REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.day", dd)), violations);
        }

        @ParameterizedTest
        @ValueSource(strings = {"01", "12"})
        void v03_accepts_month_boundaries(String mm) {
            assertEquals(List.of(), Nik.check(nik("15" + mm + "85"), REFERENCE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "13", "19", "99"})
        void v03_rejects_month_outside_01_12(String mm) {
            List<RuleViolation> violations = Nik.check(nik("15" + mm + "85"), REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.month", mm)), violations);
        }

        @Test
        void v03_bad_day_and_bad_month_are_both_reported_but_no_date_error() {
            List<RuleViolation> violations = Nik.check(nik("321385"), REFERENCE);
            assertEquals(List.of("rule.V-03.day", "rule.V-03.month"), keys(violations));
            assertEquals(List.of("32"), violations.get(0).args());
            assertEquals(List.of("13"), violations.get(1).args());
        }

        @Test
        void v03_rejects_31_april() {
            List<RuleViolation> violations = Nik.check(nik("310485"), REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.date", "31", "04", "85")), violations);
        }

        @Test
        void v03_rejects_31_april_for_a_woman_too_reporting_the_real_day() {
            List<RuleViolation> violations = Nik.check(nik("710485"), REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.date", "31", "04", "85")), violations);
        }

        @Test
        void v03_accepts_30_april_and_31_march() {
            assertEquals(List.of(), Nik.check(nik("300485"), REFERENCE));
            assertEquals(List.of(), Nik.check(nik("310385"), REFERENCE));
            assertEquals(List.of(), Nik.check(nik("710385"), REFERENCE));
        }

        @ParameterizedTest
        @ValueSource(strings = {"300285", "310285", "700285", "290285", "690285", "290201", "311100", "310600"})
        void v03_rejects_dates_that_do_not_exist(String ddmmyy) {
            assertEquals(List.of("rule.V-03.date"), keys(Nik.check(nik(ddmmyy), REFERENCE)));
        }

        @ParameterizedTest
        @CsvSource({
                "290284, 1984-02-29",   // leap year
                "690284, 1984-02-29",   // leap year, woman
                "290204, 2004-02-29",   // 20YY not after the reference date
                "290200, 2000-02-29",   // 2000 is a leap year
                "690200, 2000-02-29",
                "280285, 1985-02-28",
        })
        void v03_accepts_29_february_in_leap_years_with_century_resolution(String ddmmyy, LocalDate expected) {
            Nik nik = Nik.parse(nik(ddmmyy), REFERENCE);
            assertEquals(expected, nik.birthDate(REFERENCE));
        }

        @Test
        void v03_29_february_00_is_invalid_when_it_resolves_to_1900() {
            // Before 29 February 2000 the year 00 means 1900, which was not a leap year.
            LocalDate before2000 = LocalDate.of(1999, 12, 31);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.date", "29", "02", "00")),
                    Nik.check(nik("290200"), before2000));
            assertEquals(List.of("rule.V-03.date"), keys(Nik.check(nik("690200"), LocalDate.of(2000, 2, 28))));
            assertEquals(List.of(), Nik.check(nik("290200"), LocalDate.of(2000, 2, 29)));
        }

        @Test
        void v03_29_february_04_resolves_to_1904_before_2004_and_is_still_valid() {
            LocalDate reference = LocalDate.of(2003, 1, 1);
            Nik nik = Nik.parse(nik("290204"), reference);
            assertEquals(LocalDate.of(1904, 2, 29), nik.birthDate(reference));
        }

        @Test
        void v03_rejects_serial_0000() {
            List<RuleViolation> violations = Nik.check("3574011508850000", REFERENCE);
            assertEquals(List.of(RuleViolation.error("V-03", "rule.V-03.serial", "0000")), violations);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0001", "0010", "1000", "9999"})
        void v03_accepts_other_serials(String serial) {
            assertEquals(serial, Nik.parse("357401150885" + serial, REFERENCE).serial());
        }
    }

    @Nested
    @DisplayName("every violation is reported together")
    class MultipleViolations {

        @Test
        void v02_v03_all_problems_at_once() {
            // province 20, day 32, month 13, serial 0000
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Nik.parse("2074013213850000", REFERENCE));
            assertEquals(List.of(
                    RuleViolation.error("V-02", "rule.V-02", "20"),
                    RuleViolation.error("V-03", "rule.V-03.day", "32"),
                    RuleViolation.error("V-03", "rule.V-03.month", "13"),
                    RuleViolation.error("V-03", "rule.V-03.serial", "0000")), e.violations());
            assertEquals("V-02", e.rule());
            assertEquals("rule.V-02", e.messageKey());
            assertEquals(e.violations(), Nik.check("2074013213850000", REFERENCE));
        }

        @Test
        void v02_v03_unknown_province_and_impossible_date() {
            List<RuleViolation> violations = Nik.check("9974013104850001", REFERENCE);
            assertEquals(List.of("rule.V-02", "rule.V-03.date"), keys(violations));
            assertTrue(violations.stream().allMatch(RuleViolation::isError));
        }

        @Test
        void check_result_is_unmodifiable() {
            List<RuleViolation> violations = Nik.check("2074013213850000", REFERENCE);
            assertThrows(UnsupportedOperationException.class, violations::clear);
        }

        @Test
        void the_exception_never_contains_the_full_nik() {
            String raw = "2074013213850000";
            ValidationException e = assertThrows(ValidationException.class, () -> Nik.parse(raw, REFERENCE));
            assertFalse(e.getMessage().contains(raw), e.getMessage());
            assertFalse(e.violations().toString().contains(raw));
        }
    }

    @Nested
    @DisplayName("century resolution of the birth date")
    class BirthDate {

        @Test
        void date_on_the_reference_day_is_20yy() {
            Nik nik = Nik.parse(nik("010625"), REFERENCE);
            assertEquals(LocalDate.of(2025, 6, 1), nik.birthDate(REFERENCE));
        }

        @Test
        void date_after_the_reference_day_is_19yy() {
            Nik nik = Nik.parse(nik("020625"), REFERENCE);
            assertEquals(LocalDate.of(1925, 6, 2), nik.birthDate(REFERENCE));
        }

        @Test
        void year_00_and_99() {
            assertEquals(LocalDate.of(2000, 1, 1), Nik.parse(nik("010100"), REFERENCE).birthDate(REFERENCE));
            assertEquals(LocalDate.of(1999, 12, 31), Nik.parse(nik("311299"), REFERENCE).birthDate(REFERENCE));
        }

        @Test
        void the_reference_date_decides_the_century() {
            Nik nik = Nik.parse(nik("150810"), REFERENCE);
            assertEquals(LocalDate.of(2010, 8, 15), nik.birthDate(REFERENCE));
            assertEquals(LocalDate.of(1910, 8, 15), nik.birthDate(LocalDate.of(2010, 8, 14)));
        }

        @Test
        void a_29_february_2000_nik_has_no_1900_birth_date() {
            Nik nik = Nik.parse(nik("290200"), REFERENCE);
            assertThrows(DateTimeException.class, () -> nik.birthDate(LocalDate.of(1999, 1, 1)));
        }
    }

    @Nested
    @DisplayName("V-04 and V-05 helpers")
    class Helpers {

        private final Nik man = Nik.parse(MAN, REFERENCE);
        private final Nik woman = Nik.parse(WOMAN, REFERENCE);

        @Test
        void v04_stated_birth_date_matches() {
            assertTrue(man.birthDateMatches(LocalDate.of(1985, 8, 15)));
            assertTrue(woman.birthDateMatches(LocalDate.of(1985, 8, 15)));
        }

        @Test
        void v04_only_the_two_digit_year_is_compared() {
            assertTrue(man.birthDateMatches(LocalDate.of(2085, 8, 15)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1985-08-16", "1985-08-14", "1985-09-15", "1986-08-15", "1958-08-15", "1985-08-05"})
        void v04_mismatch(LocalDate stated) {
            assertFalse(man.birthDateMatches(stated));
            assertFalse(woman.birthDateMatches(stated));
        }

        @Test
        void v05_gender_matches() {
            assertTrue(man.genderMatches(Gender.L));
            assertFalse(man.genderMatches(Gender.P));
            assertTrue(woman.genderMatches(Gender.P));
            assertFalse(woman.genderMatches(Gender.L));
        }

        @ParameterizedTest
        @CsvSource({"01, L", "31, L", "41, P", "71, P"})
        void v05_gender_boundaries(String dd, Gender expected) {
            assertEquals(expected, Nik.parse(nik(dd + "0185"), REFERENCE).gender());
        }
    }

    @Nested
    class Privacy {

        @Test
        void masked_shows_first_6_and_last_4_digits() {
            assertEquals("357401******0001", Nik.parse(MAN, REFERENCE).masked());
            assertEquals("357401******0002", Nik.parse(WOMAN, REFERENCE).masked());
        }

        @Test
        void to_string_is_masked() {
            Nik nik = Nik.parse(MAN, REFERENCE);
            assertEquals("357401******0001", nik.toString());
            assertEquals("NIK 357401******0001", "NIK " + nik);
            assertFalse(nik.toString().contains("150885"));
        }
    }

    @Nested
    class ValueSemantics {

        @Test
        void equality_on_the_value() {
            assertEquals(Nik.parse(MAN, REFERENCE), Nik.parse("3574 0115 0885 0001", REFERENCE));
            assertEquals(Nik.parse(MAN, REFERENCE).hashCode(), Nik.parse(" " + MAN, REFERENCE).hashCode());
            assertNotEquals(Nik.parse(MAN, REFERENCE), Nik.parse("3574011508850002", REFERENCE));
            assertNotEquals(Nik.parse(MAN, REFERENCE), MAN);
        }

        @Test
        void survives_serialization() throws Exception {
            Nik nik = Nik.parse(WOMAN, REFERENCE);
            Object copy = deserialize(serialize(nik));
            assertEquals(nik, copy);
        }

        @Test
        void a_tampered_serialized_nik_is_refused() throws Exception {
            byte[] bytes = serialize(Nik.parse(MAN, REFERENCE));
            byte[] good = MAN.getBytes(StandardCharsets.US_ASCII);
            byte[] bad = "2074013213850000".getBytes(StandardCharsets.US_ASCII);
            int at = indexOf(bytes, good);
            assertTrue(at >= 0);
            System.arraycopy(bad, 0, bytes, at, bad.length);
            assertThrows(InvalidObjectException.class, () -> deserialize(bytes));
        }

        private byte[] serialize(Object o) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            return bytes.toByteArray();
        }

        private Object deserialize(byte[] bytes) throws Exception {
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                return in.readObject();
            }
        }

        private int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
