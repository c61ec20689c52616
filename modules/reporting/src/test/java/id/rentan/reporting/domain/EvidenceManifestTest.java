package id.rentan.reporting.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The evidence pack's manifest (issue 6, F-06): sha256sum's format, so that an auditor checks it with sha256sum -c. */
class EvidenceManifestTest {

    private static final byte[] LEDGER = "no,jenis\r\n1,RECEIPT\r\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROSTER = "baris,nik\r\n1,3574014107900001\r\n".getBytes(StandardCharsets.UTF_8);

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ledger.csv", LEDGER);
        files.put("invoices/2026-01-APBD-50.csv", ROSTER);
        return files;
    }

    private static EvidenceManifest manifestOf(Map<String, byte[]> files) {
        EvidenceManifest m = new EvidenceManifest();
        files.forEach((path, content) -> m.add(path, EvidenceManifest.sha256(content)));
        return m;
    }

    @Test
    @DisplayName("one line per file: 64 lower-case hex digits, two spaces, the path, a line feed, in the order written")
    void format() {
        String text = manifestOf(files()).format();
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size());
        assertTrue(text.endsWith("\n") && !text.contains("\r"), "LF line ends, as sha256sum writes them");
        assertTrue(lines.get(0).matches("[0-9a-f]{64}  ledger\\.csv"), lines.get(0));
        assertTrue(lines.get(1).matches("[0-9a-f]{64}  invoices/2026-01-APBD-50\\.csv"), lines.get(1));
        // the SHA-256 of "abc" (FIPS 180-2), so the hex is the digest itself and not, say, of its Base64
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                EvidenceManifest.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("a manifest reads back as written (text and binary mode lines), and checks the files like sha256sum -c")
    void parseAndVerify() {
        EvidenceManifest m = manifestOf(files());
        EvidenceManifest read = EvidenceManifest.parse(m.format());
        assertEquals(m.checksums(), read.checksums());
        assertEquals(List.of(), read.verify(files()));

        String binary = m.format().replace("  invoices/", " *invoices/").replace("\n", "\r\n");
        assertEquals(m.checksums(), EvidenceManifest.parse(binary).checksums());

        Map<String, byte[]> changed = files();
        changed.put("ledger.csv", "no,jenis\r\n1,REVERSAL\r\n".getBytes(StandardCharsets.UTF_8));
        changed.remove("invoices/2026-01-APBD-50.csv");
        changed.put("extra.csv", new byte[]{1});
        assertEquals(List.of("ledger.csv: FAILED", "invoices/2026-01-APBD-50.csv: missing", "extra.csv: not listed"),
                read.verify(changed));

        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> EvidenceManifest.parse(m.format() + "not a checksum line\n"));
        assertTrue(bad.getMessage().startsWith("line 3 "), bad.getMessage());
    }

    @Test
    @DisplayName("only relative, unique paths that sha256sum need not escape; the manifest never lists itself")
    void refusesWhatSha256sumWouldMisread() {
        String sha = EvidenceManifest.sha256(LEDGER);
        for (String path : new String[]{"/etc/passwd", "../ledger.csv", "a/../../b", "a\\b.csv", "a\nb.csv", "",
                EvidenceManifest.FILE_NAME}) {
            assertThrows(IllegalArgumentException.class, () -> new EvidenceManifest().add(path, sha), path);
        }
        assertThrows(IllegalArgumentException.class, () -> new EvidenceManifest().add("a.csv", sha.toUpperCase()));
        assertThrows(IllegalArgumentException.class, () -> new EvidenceManifest().add("a.csv", sha.substring(1)));
        EvidenceManifest m = new EvidenceManifest().add("a.csv", sha);
        assertThrows(IllegalArgumentException.class, () -> m.add("a.csv", sha), "listed twice");
    }

    @Test
    @DisplayName("GNU sha256sum -c accepts the manifest and finds a changed file")
    void sha256sumAgrees(@TempDir Path dir) throws Exception {
        assumeTrue(new File("/usr/bin/sha256sum").canExecute(), "coreutils' sha256sum is not installed");
        Map<String, byte[]> files = files();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        Files.write(dir.resolve(EvidenceManifest.FILE_NAME), manifestOf(files).bytes());
        assertEquals(0, sha256sum(dir), "every file OK");

        Files.writeString(dir.resolve("ledger.csv"), "changed");
        assertEquals(1, sha256sum(dir), "a changed file FAILED");
    }

    private static int sha256sum(Path dir) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/sha256sum", "--quiet", "-c", EvidenceManifest.FILE_NAME)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
