package id.rentan.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's evidence pack in headless Chromium (issue 6, F-06, R-07): the auditor opens the disbursement history,
 * filters it to the latest year and source with paid invoices, follows "Paket bukti auditor" to the pack screen (the
 * year and source chosen already), downloads the ZIP, and every checksum of its manifest verifies: recomputed here, and
 * with {@code sha256sum -c} as the README tells the auditor. The download is in the audit log; a FINANCE user sees no
 * link and may not open the screen.
 */
@RunAsClient
class EvidencePackJourneyIT extends BrowserJourney {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");

    @Test
    void theAuditorDownloadsTheEvidencePackAndItsChecksumsVerify() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            browser().screenshot("evidence-journey-failure");
            throw e;
        }
    }

    private void journey() throws Exception {
        // the latest year and source with a paid invoice, as the API lists them (newest first)
        HttpResponse<String> paid = exchange("GET", "api/v1/funding/invoices?status=PAID&size=1", "auditor", null,
                null);
        assertEquals(200, paid.statusCode(), paid.body());
        JsonObject invoice = parseObject(paid.body()).getJsonArray("items").getJsonObject(0);
        String year = Integer.toString(invoice.getInt("year"));
        String source = invoice.getString("source");
        String fileName = "paket-bukti-" + year + "-" + source + ".zip";

        Browser b = browser();
        b.login("auditor", PASSWORD);

        // 1. the disbursement history, filtered to the year and source; its link to the pack carries them
        b.click("#menu-funding-ledger");
        b.wait(20).until(d -> b.path().endsWith("/funding/ledger.xhtml"));
        b.selectOne("ledger:year", year);
        b.selectOne("ledger:source", source);
        b.click("#ledger\\:search");
        b.wait(20).until(d -> b.find("#ledger\\:evidencePack a").getAttribute("href")
                .endsWith("/reporting/evidence.xhtml?year=" + year + "&source=" + source));
        assertEquals("Paket bukti auditor", b.text("#ledger\\:evidencePack"));
        b.screenshot("evidence-ledger-link");

        // 2. the pack screen, with the year and source chosen
        b.click("#ledger\\:evidencePack a");
        b.wait(20).until(d -> b.path().endsWith("/reporting/evidence.xhtml"));
        assertEquals(year, b.text("#evidence\\:year_label"));
        assertTrue(b.text("#evidence\\:source_label").startsWith(source + " - "), b.text("#evidence\\:source_label"));
        assertTrue(b.text("#verify").contains("sha256sum -c manifest-sha256.txt"), "the screen says how to verify");
        b.screenshot("evidence-screen");

        // 3. the download
        Path dir = Files.createTempDirectory("rentan-evidence");
        ((ChromeDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toString()));
        b.click("#evidence\\:download");
        Path saved = dir.resolve(fileName);
        b.wait(60).until(d -> Files.exists(saved) && !Files.exists(dir.resolve(fileName + ".crdownload")));
        byte[] zip = Files.readAllBytes(saved);
        assertFalse(b.exists("#messages .ui-messages-error"), "no error on the page");

        // 4. every checksum of the manifest verifies, and every file but the manifest is in it
        Map<String, byte[]> files = unzip(zip);
        byte[] manifestBytes = files.remove("manifest-sha256.txt");
        assertTrue(manifestBytes != null, "the manifest is in the pack: " + files.keySet());
        Map<String, String> manifest = new LinkedHashMap<>();
        for (String line : new String(manifestBytes, StandardCharsets.UTF_8).lines().toList()) {
            Matcher m = MANIFEST_LINE.matcher(line);
            assertTrue(m.matches(), "'<sha256>  <path>': " + line);
            manifest.put(m.group(2), m.group(1));
        }
        assertEquals(files.keySet(), manifest.keySet(), "every other file is listed, and nothing else");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertEquals(manifest.get(f.getKey()), HexFormat.of().formatHex(sha256.digest(f.getValue())), f.getKey());
        }
        assertTrue(files.keySet().containsAll(List.of("README.txt", "ledger.csv", "ledger-verification.csv",
                "invoices.csv", "payments.csv", "summary.pdf")), files.keySet().toString());
        assertTrue(files.keySet().stream().anyMatch(n -> n.startsWith("invoices/" + year + "-")), "the rosters");
        assertEquals("%PDF-", new String(files.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII));
        sha256sumAgrees(zip);

        // 5. R-07: the download is in the audit log, under the auditor's name
        HttpResponse<String> audit = exchange("GET", "api/v1/audit?action=EVIDENCE_PACK_DOWNLOADED&user=auditor",
                "auditor", null, null);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(audit.body().contains("\"entityId\":\"" + year + "-" + source + "\""), audit.body());
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();

        // 6. FINANCE reads the history but gets no pack
        b.login("keuangan", PASSWORD);
        b.click("#menu-funding-ledger");
        b.wait(20).until(d -> b.path().endsWith("/funding/ledger.xhtml"));
        assertFalse(b.exists("#ledger\\:evidencePack"), "no link for FINANCE");
        b.go("reporting/evidence.xhtml");
        assertEquals("403", b.text("#error-code"));
        b.go("index.xhtml");
        b.consoleProblems(); // the 403 answer
        b.logout();
    }

    /** What the README tells the auditor to do, when coreutils' sha256sum is there: every file OK. */
    private static void sha256sumAgrees(byte[] zip) throws IOException, InterruptedException {
        if (!new File("/usr/bin/sha256sum").canExecute()) {
            return;
        }
        Path dir = Files.createTempDirectory("rentan-evidence-unpacked");
        for (Map.Entry<String, byte[]> f : unzip(zip).entrySet()) {
            Path target = dir.resolve(f.getKey()).normalize();
            assertTrue(target.startsWith(dir), f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        Process p = new ProcessBuilder("/usr/bin/sha256sum", "-c", "manifest-sha256.txt").directory(dir.toFile())
                .redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), report);
        assertTrue(report.lines().allMatch(l -> l.endsWith(": OK")), report);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
