package id.rentan.participants.domain;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The data rules of business-rules.md sections 3 and 4 for one participant: V-01..V-05, V-07..V-09 and
 * E-01, E-02, E-04 (V-06, one enrolment per NIK, needs the registry and is checked by the service; V-10 applies to
 * the KPJ when BPJS registers). Every problem is reported, each as a {@link RuleViolation} citing its rule:
 * rejections as errors, the V-02 regional codes, V-04 and V-05 as warnings for manual verification.
 * Ages and the default income are dated parameters asked for on the enrolment date.
 */
public final class ParticipantRules {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern KK_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** The regency (kabupaten/kota) code of the deployment's city, e.g. 3574 for Kota Probolinggo. */
    private final String cityRegencyCode;
    private final RegionDirectory regions;
    private final OrganisationDirectory organisations;
    private final Parameters parameters;

    public ParticipantRules(RegionDirectory regions, OrganisationDirectory organisations, Parameters parameters) {
        this.regions = regions;
        this.organisations = organisations;
        this.parameters = parameters;
        this.cityRegencyCode = regions.kecamatan().isEmpty() ? ""
                : regions.kecamatan().get(0).code().substring(0, 5).replace(".", "");
    }

    /**
     * The result of checking one participant.
     *
     * @param data       the normalised data, or {@code null} when there is an error
     * @param violations every error and warning, in field order
     */
    public record Checked(ParticipantData data, List<RuleViolation> violations) {

        public boolean hasErrors() {
            return anyError(violations);
        }

        public List<RuleViolation> warnings() {
            return violations.stream().filter(v -> !v.isError()).toList();
        }
    }

    /**
     * Checks a participant proposed by an OPD on the enrolment date.
     *
     * @param opdCode        the proposing OPD (E-04)
     * @param enrolmentDate  the date ages are computed on (E-01, E-02) and parameters are read for
     */
    public Checked check(ParticipantInput in, String opdCode, LocalDate enrolmentDate) {
        List<RuleViolation> v = new ArrayList<>();

        // V-01..V-03: the NIK itself; V-02 warnings for regional codes
        Nik nik = null;
        String rawNik = trim(in.nik());
        if (rawNik.isEmpty()) {
            v.add(RuleViolation.error("V-01", "participant.nik.required"));
        } else {
            List<RuleViolation> nikProblems = Nik.check(rawNik, enrolmentDate);
            v.addAll(nikProblems);
            if (!anyError(nikProblems)) {
                nik = Nik.parse(rawNik, enrolmentDate);
                regionalWarnings(nik, v);
            }
        }

        // V-08: family card number, if given
        String kk = digitsOnly(in.kkNumber());
        if (!kk.isEmpty() && (kk.length() != 16 || !digits(kk))) {
            v.add(RuleViolation.error("V-08", "rule.V-08", trim(in.kkNumber()).length()));
        }

        // V-07: name as on the KTP
        String fullName = name(in.fullName(), "participant.fullName", v);

        String birthPlace = collapse(in.birthPlace());
        if (birthPlace.isEmpty()) {
            v.add(RuleViolation.error(null, "participant.birthPlace.required"));
        } else if (birthPlace.length() > 60 || !nameCharacters(birthPlace)) {
            v.add(RuleViolation.error(null, "participant.birthPlace.invalid", birthPlace));
        }

        LocalDate birthDate = birthDate(in.birthDate(), enrolmentDate, v);

        Gender gender = null;
        String rawGender = trim(in.gender());
        if (rawGender.isEmpty()) {
            v.add(RuleViolation.error(null, "participant.gender.required"));
        } else {
            try {
                gender = Gender.parse(rawGender);
            } catch (IllegalArgumentException e) {
                v.add(RuleViolation.error(null, "participant.gender.invalid", rawGender));
            }
        }

        // V-04, V-05: the NIK must agree with the stated birth date and gender; a mismatch is only a warning
        if (nik != null && birthDate != null && !nik.birthDateMatches(birthDate)) {
            v.add(RuleViolation.warning("V-04", "rule.V-04", nik.birthDate(enrolmentDate).toString(),
                    birthDate.toString()));
        }
        if (nik != null && gender != null && !nik.genderMatches(gender)) {
            v.add(RuleViolation.warning("V-05", "rule.V-05", nik.gender().name(), gender.name()));
        }

        // E-01, E-02: age on the enrolment date
        if (birthDate != null) {
            int age = Period.between(birthDate, enrolmentDate).getYears();
            int max = parameters.intOn(ParameterCode.ENTRY_AGE_MAX_EXCLUSIVE, enrolmentDate);
            int min = parameters.intOn(ParameterCode.ENTRY_AGE_MIN, enrolmentDate);
            if (age >= max) {
                v.add(RuleViolation.error("E-01", "rule.E-01", age, max, enrolmentDate.toString()));
            } else if (age < min) {
                v.add(RuleViolation.error("E-02", "rule.E-02", age, min, enrolmentDate.toString()));
            }
        }

        String motherName = name(in.motherName(), "participant.motherName", v);

        String address = collapse(in.address());
        if (address.isEmpty()) {
            v.add(RuleViolation.error(null, "participant.address.required"));
        } else if (address.length() > 200) {
            v.add(RuleViolation.error(null, "participant.address.tooLong", 200));
        }
        String rt = rtRw(in.rt(), "participant.rt", v);
        String rw = rtRw(in.rw(), "participant.rw", v);

        // V-09: domicile in one of the city's kelurahan (the NIK prefix is not proof of domicile)
        KelurahanInfo kelurahan = null;
        String rawKelurahan = trim(in.kelurahan());
        if (rawKelurahan.isEmpty()) {
            v.add(RuleViolation.error("V-09", "participant.kelurahan.required"));
        } else {
            kelurahan = regions.resolve(rawKelurahan).orElse(null);
            if (kelurahan == null) {
                v.add(RuleViolation.error("V-09", "rule.V-09", rawKelurahan));
            }
        }

        String phone = phone(in.phone(), v);

        // E-04: a configured, active sector that the proposing OPD may propose
        String sectorCode = trim(in.sector()).toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_');
        if (sectorCode.isEmpty()) {
            v.add(RuleViolation.error("E-04", "participant.sector.required"));
        } else {
            Optional<SectorInfo> sector = organisations.sector(sectorCode);
            if (sector.isEmpty() || !sector.get().active()) {
                v.add(RuleViolation.error("E-04", "rule.E-04.sector", trim(in.sector())));
            } else {
                Optional<OpdInfo> opd = organisations.opd(opdCode);
                if (opd.isEmpty() || !opd.get().active() || !opd.get().sectors().contains(sectorCode)) {
                    v.add(RuleViolation.error("E-04", "rule.E-04.opd", String.valueOf(opdCode), sectorCode));
                }
            }
        }

        Rupiah income = income(in.income(), enrolmentDate, v);

        if (anyError(v)) {
            return new Checked(null, List.copyOf(v));
        }
        List<RuleViolation> warnings = v.isEmpty() ? List.of() : v.stream().filter(x -> !x.isError()).toList();
        ParticipantData data = new ParticipantData(nik, kk.isEmpty() ? null : kk, fullName, birthPlace.toUpperCase(Locale.ROOT),
                birthDate, gender, motherName, address, rt, rw, kelurahan.code(), kelurahan.kecamatanCode(), phone,
                sectorCode, income, warnings);
        return new Checked(data, List.copyOf(v));
    }

    /**
     * V-02: unknown regency or kecamatan codes are warnings. Regency "00" or kecamatan "00" are never real; for
     * NIKs first issued in this city, the kecamatan must be one of the city's.
     */
    private void regionalWarnings(Nik nik, List<RuleViolation> v) {
        String regency = nik.regencyCode().substring(2);
        String kecamatan = nik.kecamatanCode().substring(4);
        if ("00".equals(regency)) {
            v.add(RuleViolation.warning("V-02", "rule.V-02.regency", nik.regencyCode()));
        } else if ("00".equals(kecamatan)) {
            v.add(RuleViolation.warning("V-02", "rule.V-02.kecamatan", nik.kecamatanCode()));
        } else if (nik.regencyCode().equals(cityRegencyCode)) {
            String dotted = nik.kecamatanCode().substring(0, 2) + "." + nik.kecamatanCode().substring(2, 4) + "."
                    + nik.kecamatanCode().substring(4, 6);
            boolean known = false;
            for (var k : regions.kecamatan()) {
                known |= k.code().equals(dotted);
            }
            if (!known) {
                v.add(RuleViolation.warning("V-02", "rule.V-02.kecamatan", nik.kecamatanCode()));
            }
        }
    }

    /** V-07: trimmed, inner whitespace collapsed, upper-case, 3..100 characters, letters, spaces and . , ' - only. */
    private static String name(String raw, String field, List<RuleViolation> v) {
        String name = collapse(raw).toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            v.add(RuleViolation.error("V-07", field + ".required"));
        } else if (name.length() < 3 || name.length() > 100) {
            v.add(RuleViolation.error("V-07", "rule.V-07.length", name.length()));
        } else if (!nameCharacters(name)) {
            v.add(RuleViolation.error("V-07", "rule.V-07.characters", name));
        }
        return name;
    }

    private static LocalDate birthDate(String raw, LocalDate enrolmentDate, List<RuleViolation> v) {
        String text = trim(raw);
        if (text.isEmpty()) {
            v.add(RuleViolation.error(null, "participant.birthDate.required"));
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                LocalDate date = LocalDate.parse(text, format);
                if (date.isAfter(enrolmentDate)) {
                    v.add(RuleViolation.error(null, "participant.birthDate.future", text));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                // try the next accepted format
            }
        }
        v.add(RuleViolation.error(null, "participant.birthDate.invalid", text));
        return null;
    }

    private static String rtRw(String raw, String field, List<RuleViolation> v) {
        String text = trim(raw);
        if (text.isEmpty()) {
            v.add(RuleViolation.error(null, field + ".required"));
            return null;
        }
        if (!digits(text) || text.length() > 3 || Integer.parseInt(text) == 0) {
            v.add(RuleViolation.error(null, field + ".invalid", text));
            return null;
        }
        String number = Integer.toString(Integer.parseInt(text));
        return "000".substring(number.length()) + number;
    }

    /** An Indonesian mobile number, stored as 08...: +62 8.., 62 8.., 08..; 10 to 15 digits. */
    private static String phone(String raw, List<RuleViolation> v) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        String digits = phoneDigits(text);
        if (digits.startsWith("+62")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("62")) {
            digits = "0" + digits.substring(2);
        }
        if (!mobile(digits)) {
            v.add(RuleViolation.error(null, "participant.phone.invalid", text));
            return null;
        }
        return digits;
    }

    private Rupiah income(String raw, LocalDate enrolmentDate, List<RuleViolation> v) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return parameters.amountOn(ParameterCode.DEFAULT_REPORTED_INCOME, enrolmentDate);
        }
        try {
            Rupiah income = Rupiah.parse(text);
            if (!income.isPositive()) {
                v.add(RuleViolation.error("C-01", "participant.income.invalid", text));
                return null;
            }
            return income;
        } catch (IllegalArgumentException e) {
            v.add(RuleViolation.error("C-01", "participant.income.invalid", text));
            return null;
        }
    }

    // The checks below run for every row of an import (100,000 rows in a few hundred milliseconds): plain loops over
    // the characters, with the same meaning as the regular expressions they replaced (kept in the comments).

    private static boolean anyError(List<RuleViolation> violations) {
        for (RuleViolation violation : violations) {
            if (violation.isError()) {
                return true;
            }
        }
        return false;
    }

    /** {@code \d+} with ASCII digits. */
    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [\p{L} .,'\-]+}: letters of any script, spaces, dots, commas, apostrophes and hyphens. */
    static boolean nameCharacters(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '.' && c != ',' && c != '\'' && c != '-') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The text without {@code [\s\-().]}. */
    private static String phoneDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space && c != '-' && c != '(' && c != ')' && c != '.') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code 08\d{8,13}}. */
    private static boolean mobile(String digits) {
        return digits.length() >= 10 && digits.length() <= 15 && digits.startsWith("08") && digits(digits);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Trimmed, each run of whitespace made one space (most cells need nothing: checked before any regex). */
    private static String collapse(String s) {
        String t = trim(s);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < t.length() && Character.isWhitespace(t.charAt(i + 1))))) {
                return WHITESPACE.matcher(t).replaceAll(" ");
            }
        }
        return t;
    }

    private static String digitsOnly(String s) {
        String t = trim(s);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return KK_SEPARATORS.matcher(t).replaceAll("");
            }
        }
        return t;
    }
}
