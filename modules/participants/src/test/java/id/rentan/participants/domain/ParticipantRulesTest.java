package id.rentan.participants.domain;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.Severity;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.money.Rupiah;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static id.rentan.participants.domain.Fixtures.TODAY;
import static id.rentan.participants.domain.Fixtures.rules;
import static id.rentan.participants.domain.Fixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Business rules sections 3 and 4 for one participant (V-01..V-05, V-07..V-09, E-01, E-02, E-04). */
class ParticipantRulesTest {

    private static ParticipantRules.Checked check(ParticipantInput in) {
        return rules().check(in, "DKUPP", TODAY);
    }

    private static ParticipantRules.Checked check(ParticipantInput in, String opd, LocalDate day) {
        return rules().check(in, opd, day);
    }

    private static List<String> rulesOf(ParticipantRules.Checked c, Severity severity) {
        return c.violations().stream().filter(v -> v.severity() == severity).map(RuleViolation::rule).toList();
    }

    private static List<String> keysOf(ParticipantRules.Checked c) {
        return c.violations().stream().map(RuleViolation::messageKey).toList();
    }

    private static ParticipantInput birth(String nik, String birthDate, String gender) {
        return with(i -> new ParticipantInput(nik, i.kkNumber(), i.fullName(), i.birthPlace(), birthDate, gender,
                i.motherName(), i.address(), i.rt(), i.rw(), i.kelurahan(), i.phone(), i.sector(), i.income()));
    }

    @Test
    @DisplayName("a valid proposal passes and is normalised")
    void validProposal() {
        ParticipantRules.Checked c = check(Fixtures.valid());
        assertFalse(c.hasErrors(), c.violations().toString());
        assertTrue(c.violations().isEmpty());
        ParticipantData d = c.data();
        assertEquals("SITI AMINAH", d.fullName());
        assertEquals("003", d.rt());
        assertEquals("002", d.rw());
        assertEquals("35.74.01.1001", d.kelurahanCode());
        assertEquals("35.74.01", d.kecamatanCode());
        assertEquals("081234567890", d.phone());
        assertEquals("UMKM", d.sectorCode());
        assertEquals(Gender.P, d.gender());
        assertEquals(Rupiah.of(1_000_000), d.income(), "C-02: the default reported income");
    }

    @Nested
    @DisplayName("V-01..V-03: the NIK itself is refused")
    class NikItself {

        @ParameterizedTest(name = "V-01: \"{0}\" is refused")
        @ValueSource(strings = {"357401410790000", "35740141079000011", "35740141079O0001"})
        void v01(String nik) {
            ParticipantRules.Checked c = check(birth(nik, "1990-07-01", "P"));
            assertTrue(c.hasErrors());
            assertEquals(List.of("V-01"), rulesOf(c, Severity.ERROR));
            assertNull(c.data());
        }

        @Test
        @DisplayName("V-01: a missing NIK is refused")
        void v01_missing() {
            assertEquals(List.of("participant.nik.required"), keysOf(check(birth(" ", "1990-07-01", "P"))));
        }

        @Test
        @DisplayName("V-02: an unknown province is refused")
        void v02_province() {
            assertEquals(List.of("V-02"), rulesOf(check(birth("2074014107900001", "1990-07-01", "P")), Severity.ERROR));
        }

        @Test
        @DisplayName("V-03: 31/02 is not a calendar date")
        void v03_february31() {
            ParticipantRules.Checked c = check(birth("3574013102900001", "1990-02-28", "L"));
            assertTrue(rulesOf(c, Severity.ERROR).contains("V-03"));
        }

        @Test
        @DisplayName("V-03: serial 0000 is refused")
        void v03_serial() {
            assertTrue(rulesOf(check(birth("3574014107900000", "1990-07-01", "P")), Severity.ERROR).contains("V-03"));
        }

        @Test
        @DisplayName("V-03: day 41 is a woman born on the 1st")
        void v03_day41() {
            ParticipantRules.Checked c = check(birth("3574014107900001", "1990-07-01", "P"));
            assertFalse(c.hasErrors());
            assertEquals(LocalDate.of(1990, 7, 1), c.data().nik().birthDate(TODAY));
            assertEquals(Gender.P, c.data().nik().gender());
        }
    }

    @Nested
    @DisplayName("V-02, V-04, V-05: warnings for manual verification, never a rejection")
    class Warnings {

        @Test
        @DisplayName("V-02: an unknown kecamatan of this city is a warning")
        void v02_unknownKecamatan() {
            ParticipantRules.Checked c = check(birth("3574094107900001", "1990-07-01", "P"));
            assertFalse(c.hasErrors());
            assertEquals(List.of("V-02"), rulesOf(c, Severity.WARNING));
        }

        @Test
        @DisplayName("V-02: regency 00 is a warning")
        void v02_regency00() {
            assertEquals(List.of("V-02"), rulesOf(check(birth("3500014107900001", "1990-07-01", "P")), Severity.WARNING));
        }

        @Test
        @DisplayName("V-02: a NIK of another regency is fine (the NIK is not domicile, V-09)")
        void v02_otherRegency() {
            assertTrue(check(birth("3513054107900001", "1990-07-01", "P")).violations().isEmpty());
        }

        @Test
        @DisplayName("V-04: a birth date differing from the NIK is a warning, not a rejection")
        void v04() {
            ParticipantRules.Checked c = check(birth("3574014107900001", "1990-07-02", "P"));
            assertFalse(c.hasErrors());
            assertEquals(List.of("V-04"), rulesOf(c, Severity.WARNING));
            assertEquals(1, c.data().warnings().size());
        }

        @Test
        @DisplayName("V-05: a gender differing from the NIK is a warning")
        void v05() {
            ParticipantRules.Checked c = check(birth("3574014107900001", "1990-07-01", "L"));
            assertFalse(c.hasErrors());
            assertEquals(List.of("V-05"), rulesOf(c, Severity.WARNING));
        }
    }

    @Nested
    @DisplayName("E-01, E-02: age on the enrolment date")
    class Ages {

        private ParticipantInput bornOn(LocalDate birth) {
            String nik = "357401" + String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(),
                    birth.getYear() % 100) + "0001";
            return birth(nik, birth.toString(), "L");
        }

        @Test
        @DisplayName("E-01: the day before the 65th birthday is still in time")
        void e01_dayBefore() {
            LocalDate enrolment = LocalDate.of(2026, 11, 21);
            assertFalse(check(bornOn(LocalDate.of(1961, 11, 22)), "DKUPP", enrolment).hasErrors());
        }

        @Test
        @DisplayName("E-01: the day of the 65th birthday is too late")
        void e01_birthday() {
            LocalDate enrolment = LocalDate.of(2026, 11, 21);
            ParticipantRules.Checked c = check(bornOn(LocalDate.of(1961, 11, 21)), "DKUPP", enrolment);
            assertEquals(List.of("E-01"), rulesOf(c, Severity.ERROR));
            assertEquals(List.of(65, 65, "2026-11-21"), c.violations().get(0).args());
        }

        @Test
        @DisplayName("E-02: the 15th birthday is old enough, the day before is not")
        void e02() {
            LocalDate enrolment = LocalDate.of(2026, 11, 21);
            assertFalse(check(bornOn(LocalDate.of(2011, 11, 21)), "DKUPP", enrolment).hasErrors());
            assertEquals(List.of("E-02"), rulesOf(check(bornOn(LocalDate.of(2011, 11, 22)), "DKUPP", enrolment),
                    Severity.ERROR));
        }
    }

    @Nested
    @DisplayName("V-07..V-09 and the other fields")
    class Fields {

        @Test
        @DisplayName("V-07: names are trimmed, collapsed and upper-cased; digits are refused")
        void v07() {
            assertEquals("SITI AMINAH", check(Fixtures.valid()).data().fullName());
            ParticipantRules.Checked c = check(with(i -> new ParticipantInput(i.nik(), i.kkNumber(), "Siti 4minah",
                    i.birthPlace(), i.birthDate(), i.gender(), i.motherName(), i.address(), i.rt(), i.rw(), i.kelurahan(),
                    i.phone(), i.sector(), i.income())));
            assertEquals(List.of("V-07"), rulesOf(c, Severity.ERROR));
        }

        @Test
        @DisplayName("V-07: apostrophes and dashes are allowed (MA'RUF, SITI-AISYAH)")
        void v07_punctuation() {
            assertFalse(check(with(i -> new ParticipantInput(i.nik(), i.kkNumber(), "Ma'ruf Al-Hakim", i.birthPlace(),
                    i.birthDate(), i.gender(), "Siti-Aisyah", i.address(), i.rt(), i.rw(), i.kelurahan(), i.phone(),
                    i.sector(), i.income()))).hasErrors());
        }

        @Test
        @DisplayName("V-07: two characters are too short")
        void v07_length() {
            assertEquals(List.of("V-07"), rulesOf(check(with(i -> new ParticipantInput(i.nik(), i.kkNumber(), "Al",
                    i.birthPlace(), i.birthDate(), i.gender(), i.motherName(), i.address(), i.rt(), i.rw(),
                    i.kelurahan(), i.phone(), i.sector(), i.income()))), Severity.ERROR));
        }

        @Test
        @DisplayName("V-08: a KK number, if given, is 16 digits")
        void v08() {
            assertEquals(List.of("V-08"), rulesOf(check(with(i -> new ParticipantInput(i.nik(), "35740101019000",
                    i.fullName(), i.birthPlace(), i.birthDate(), i.gender(), i.motherName(), i.address(), i.rt(), i.rw(),
                    i.kelurahan(), i.phone(), i.sector(), i.income()))), Severity.ERROR));
            assertFalse(check(with(i -> new ParticipantInput(i.nik(), "", i.fullName(), i.birthPlace(), i.birthDate(),
                    i.gender(), i.motherName(), i.address(), i.rt(), i.rw(), i.kelurahan(), i.phone(), i.sector(),
                    i.income()))).hasErrors());
        }

        @ParameterizedTest(name = "V-09: \"{0}\" is a kelurahan of the city")
        @ValueSource(strings = {"35.74.02.1005", "3574021005", "Kedung Asem", "KEDUNGASEM", "kedung-asem"})
        void v09_accepted(String kelurahan) {
            ParticipantRules.Checked c = check(kelurahan(kelurahan));
            assertFalse(c.hasErrors(), c.violations().toString());
            assertEquals("35.74.02.1005", c.data().kelurahanCode());
        }

        @ParameterizedTest(name = "V-09: \"{0}\" is refused")
        @ValueSource(strings = {"35.74.01.1004", "3513011001", "Paris"})
        void v09_refused(String kelurahan) {
            assertEquals(List.of("V-09"), rulesOf(check(kelurahan(kelurahan)), Severity.ERROR));
        }

        private ParticipantInput kelurahan(String k) {
            return with(i -> new ParticipantInput(i.nik(), i.kkNumber(), i.fullName(), i.birthPlace(), i.birthDate(),
                    i.gender(), i.motherName(), i.address(), i.rt(), i.rw(), k, i.phone(), i.sector(), i.income()));
        }

        @ParameterizedTest(name = "birth date \"{0}\" is read")
        @ValueSource(strings = {"1990-07-01", "01/07/1990", "01-07-1990", "1/7/1990"})
        void dateFormats(String date) {
            ParticipantRules.Checked c = check(birth("3574014107900001", date, "P"));
            assertFalse(c.hasErrors(), c.violations().toString());
            assertEquals(LocalDate.of(1990, 7, 1), c.data().birthDate());
        }

        @ParameterizedTest(name = "birth date \"{0}\" is refused")
        @ValueSource(strings = {"31/02/1990", "1990-13-01", "07/01/90", "kemarin"})
        void badDates(String date) {
            assertTrue(keysOf(check(birth("3574014107900001", date, "P"))).contains("participant.birthDate.invalid"));
        }

        @ParameterizedTest(name = "gender \"{0}\" is read")
        @ValueSource(strings = {"P", "p", "Perempuan", "PEREMPUAN"})
        void genders(String gender) {
            assertEquals(Gender.P, check(birth("3574014107900001", "1990-07-01", gender)).data().gender());
        }

        @Test
        @DisplayName("E-04: the sector must be configured and active, and the OPD allowed to propose it")
        void e04() {
            assertEquals(List.of("E-04"), rulesOf(check(Fixtures.valid(), "PERIKANAN", TODAY), Severity.ERROR));
            assertFalse(check(Fixtures.valid(), "DISPERINAKER", TODAY).hasErrors());
            assertEquals(List.of("E-04"), rulesOf(check(Fixtures.valid(), "OLD", TODAY), Severity.ERROR));
            assertEquals(List.of("E-04"), rulesOf(check(sector("OJEK"), "DISPERINAKER", TODAY), Severity.ERROR));
            assertEquals(List.of("E-04"), rulesOf(check(sector("PELAUT"), "DISPERINAKER", TODAY), Severity.ERROR));
            assertFalse(check(sector("rt rw"), "DISPERINAKER", TODAY).hasErrors(), "any case, spaces for underscores");
        }

        private ParticipantInput sector(String s) {
            return with(i -> new ParticipantInput(i.nik(), i.kkNumber(), i.fullName(), i.birthPlace(), i.birthDate(),
                    i.gender(), i.motherName(), i.address(), i.rt(), i.rw(), i.kelurahan(), i.phone(), s, i.income()));
        }

        @Test
        @DisplayName("income: optional, whole rupiah above zero (C-01 premium basis)")
        void income() {
            assertEquals(Rupiah.of(1_250_000), check(income("1.250.000")).data().income());
            assertEquals(Rupiah.of(1_250_000), check(income("Rp 1.250.000")).data().income());
            assertTrue(check(income("0")).hasErrors());
            assertTrue(check(income("satu juta")).hasErrors());
        }

        private ParticipantInput income(String value) {
            return with(i -> new ParticipantInput(i.nik(), i.kkNumber(), i.fullName(), i.birthPlace(), i.birthDate(),
                    i.gender(), i.motherName(), i.address(), i.rt(), i.rw(), i.kelurahan(), i.phone(), i.sector(), value));
        }

        @Test
        @DisplayName("every problem is reported at once, in field order")
        void everyProblemAtOnce() {
            ParticipantRules.Checked c = check(new ParticipantInput("123", "1", "", "", "", "X", "", "", "", "0",
                    "Paris", "123", "PELAUT", "-5"));
            assertTrue(c.violations().size() >= 10, c.violations().toString());
            assertTrue(c.violations().stream().allMatch(RuleViolation::isError));
        }
    }
}
