package id.rentan.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every label exists in Bahasa Indonesia and in English, and every text a page or a service asks for by a literal
 * key exists: a missing text would show as {@code ???key???}.
 */
class TextsCompletenessTest {

    private static final Path MODULES = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PAGE_KEY = Pattern.compile("i18n(?:\\['|\\.format\\(')([A-Za-z0-9_.\\-]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:BusinessException(?:\\.(?:notFound|conflict|forbidden))?\\(|messages\\.(?:info|warn|error)\\(|"
                    + "new BusinessException\\((?:BusinessException\\.Kind\\.[A-Z_]+, )?(?:\"[A-Z]-\\d\\d\", )?|"
                    + "RuleViolation\\.(?:error|warning)\\((?:null|\"[A-Z]+-\\d\\d\"), )"
                    + "\"([a-z][A-Za-z0-9_.\\-]+)\"");

    @Test
    void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
        for (Path id : bundles("_id.properties")) {
            Path en = id.resolveSibling(id.getFileName().toString().replace("_id.properties", "_en.properties"));
            assertTrue(Files.exists(en), "missing English bundle for " + id);
            Set<String> idKeys = load(id).stringPropertyNames();
            Set<String> enKeys = load(en).stringPropertyNames();
            Set<String> onlyId = new TreeSet<>(idKeys);
            onlyId.removeAll(enKeys);
            Set<String> onlyEn = new TreeSet<>(enKeys);
            onlyEn.removeAll(idKeys);
            assertEquals(Set.of(), onlyId, "keys only in " + id.getFileName());
            assertEquals(Set.of(), onlyEn, "keys only in " + en.getFileName());
        }
    }

    @Test
    void everyLiteralKeyUsedByPagesAndServicesExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (Path id : bundles("_id.properties")) {
            known.addAll(load(id).stringPropertyNames());
        }
        assertTrue(known.size() > 200, "bundles found: " + known.size());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MODULES)) {
            for (Path file : files.filter(f -> !f.toString().contains("/target/"))
                    .filter(f -> f.toString().contains("/src/main/")).toList()) {
                String name = file.getFileName().toString();
                Pattern pattern = name.endsWith(".xhtml") ? PAGE_KEY : name.endsWith(".java") ? JAVA_KEY : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (m.group(1).endsWith(".")) {
                        continue; // a prefix completed at run time, checked by enumKeysExist
                    }
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + MODULES.relativize(file) + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "texts asked for but not in any bundle");
    }

    @Test
    void keysBuiltFromEnumsExist() throws IOException {
        Set<String> known = new HashSet<>();
        for (Path id : bundles("_id.properties")) {
            known.addAll(load(id).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (var role : id.rentan.platform.api.security.Role.values()) {
            check(known, missing, "role." + role.name(), "role." + role.name() + ".description");
        }
        for (var code : id.rentan.platform.api.param.ParameterCode.values()) {
            check(known, missing, code.labelKey());
        }
        for (var unit : id.rentan.platform.api.param.ParameterUnit.values()) {
            check(known, missing, "unit." + unit.name());
        }
        for (var kind : id.rentan.platform.domain.reference.Opd.Kind.values()) {
            check(known, missing, "opds.kind." + kind.name());
        }
        for (var gender : id.rentan.platform.api.identity.Gender.values()) {
            check(known, missing, "gender." + gender.name());
        }
        for (var status : id.rentan.participants.api.ParticipantStatus.values()) {
            check(known, missing, status.labelKey());
        }
        for (var outcome : id.rentan.participants.api.ImportOutcome.values()) {
            check(known, missing, "import.outcome." + outcome.name());
        }
        for (var reason : id.rentan.participants.domain.TerminationReason.values()) {
            check(known, missing, reason.labelKey());
        }
        for (var band : id.rentan.participants.domain.ParticipantFilter.AgeBand.values()) {
            check(known, missing, band.labelKey());
        }
        for (var reason : id.rentan.claims.domain.CoverReason.values()) {
            check(known, missing, reason.labelKey(), "claim.coverShort." + reason.name());
        }
        for (var type : id.rentan.claims.domain.ClaimType.values()) {
            check(known, missing, type.labelKey());
        }
        for (var status : id.rentan.claims.domain.ClaimStatus.values()) {
            check(known, missing, status.labelKey());
        }
        for (String phase : List.of("READ", "CHECK", "SAVE", "DONE")) {
            check(known, missing, "import.phase." + phase);
        }
        assertEquals(Set.of(), missing);
    }

    private static void check(Set<String> known, Set<String> missing, String... keys) {
        for (String key : keys) {
            if (!known.contains(key)) {
                missing.add(key);
            }
        }
    }

    private static List<Path> bundles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(MODULES)) {
            return files.filter(f -> f.toString().contains("/src/main/resources/i18n/"))
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
