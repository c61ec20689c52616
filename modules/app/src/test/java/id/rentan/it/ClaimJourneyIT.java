package id.rentan.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The claims journey in headless Chromium, as the people who do it (CL-01, CL-02, section 7): an OPD operator finds
 * one of their active participants whose event month is paid, records a JKM death and sees, before saving, that the
 * claim is covered with an expected benefit of Rp 42.000.000; confirms that the participant will be recorded as
 * deceased; ticks every required document and submits the claim to BPJS with a tracking number. The BPJS officer
 * approves it at the expected amount and records the payment: the claim is PAID, and the participant DECEASED.
 */
@RunAsClient
class ClaimJourneyIT extends BrowserJourney {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final HttpClient http = HttpClient.newHttpClient();

    /** A participant the journey can use, and the day of the event. */
    private record Candidate(long id, String nik, String name, LocalDate eventDate) {
    }

    @Test
    void aDeathIsRecordedCheckedSubmittedApprovedAndPaid() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            browser().screenshot("claims-journey-failure");
            throw e;
        }
    }

    @Test
    void theOtherClaimsPagesOpenForTheirRolesOnly() throws Exception {
        Browser b = browser();
        // FINANCE sees the claims at risk (to pay their month's invoice), not the claims themselves
        b.login("keuangan", PASSWORD);
        b.click("#menu-claims-at-risk");
        b.wait(20).until(d -> b.path().endsWith("/claims/at-risk.xhtml"));
        assertTrue(b.exists("#atRisk\\:table"));
        assertEquals("Klaim Berisiko", b.text("#page-title"));
        int atRisk = b.driver().findElements(By.cssSelector("#atRisk\\:table tbody tr[data-ri]")).size();
        b.screenshot("claims-at-risk");
        // ... and, when there are some, a card on the home page that leads there
        b.go("index.xhtml");
        String card = "#tasks a[href$='/claims/at-risk.xhtml']";
        assertEquals(atRisk > 0, b.exists(card), "the home page's card of claims at risk");
        if (atRisk > 0 && atRisk < 25) {
            assertEquals(Integer.toString(atRisk), b.text(card + " .r-task-count"));
        }
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.go("claims/index.xhtml");
        assertEquals("403", b.text("#error-code"));
        b.go("claims/claim.xhtml?id=1");
        assertEquals("403", b.text("#error-code"));
        b.go("index.xhtml");
        b.consoleProblems(); // the two 403 answers
        b.logout();

        // the auditor reads everything and records nothing
        b.login("auditor", PASSWORD);
        b.click("#menu-claims");
        b.wait(20).until(d -> b.path().endsWith("/claims/index.xhtml"));
        assertTrue(b.exists("#claims\\:table"));
        assertFalse(b.exists("#claims\\:record"), "no entry button for the auditor");
        b.screenshot("claims-list");
        String csv = new String(download(b, b.find("#claims\\:exportCsv"), "klaim.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.replace("\uFEFF", "").startsWith("id,nik,kpj,nama"), "the export's header: " + csv.lines().findFirst());
        if (b.exists("#claims\\:table tbody a[id$='open']")) {
            b.click("#claims\\:table tbody a[id$='open']");
            b.wait(20).until(d -> b.path().endsWith("/claims/claim.xhtml"));
            assertTrue(b.exists("#claim-status"));
            assertTrue(b.driver().findElements(By.cssSelector("#actions button")).isEmpty(),
                    "the auditor reads, and acts on nothing");
            assertFalse(b.exists("button[id$='tick']") || b.exists("#heirs\\:add"), "nor changes documents or heirs");
            b.screenshot("claims-claim-auditor");
        }
        b.click("#menu-claims-renewals");
        b.wait(20).until(d -> b.path().endsWith("/claims/renewals.xhtml"));
        assertTrue(b.exists("#renewals\\:table"));
        b.screenshot("claims-renewals");
        b.click("#menu-claims-at-risk");
        b.wait(20).until(d -> b.path().endsWith("/claims/at-risk.xhtml"));
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.go("claims/new.xhtml");
        assertEquals("403", b.text("#error-code"));
        b.go("index.xhtml");
        b.consoleProblems(); // the 403 answer
        b.logout();
    }

    private void journey() throws Exception {
        List<Candidate> candidates = candidates("DKUPP", "opd.dkupp", 5);
        assertFalse(candidates.isEmpty(), "an active DKUPP participant billed in a paid invoice of this year or last");
        String tracking = "BPJS/KLAIM/IT/" + System.currentTimeMillis() % 100_000_000L;
        Browser b = browser();

        // 1. the OPD operator records the death; cover and benefit are shown before anything is saved
        b.login("opd.dkupp", PASSWORD);
        Candidate chosen = null;
        for (Candidate c : candidates) {
            if (checkedAndCovered(b, c)) {
                chosen = c;
                break;
            }
        }
        assertTrue(chosen != null, "none of the candidates' claims is covered: " + candidates);
        assertEquals("Rp 42.000.000", b.text("#benefit-total"), "B-01: lump sum, periodic benefit and funeral");
        assertEquals("42000000", b.find("#benefit-total").getAttribute("data-amount"));
        assertEquals("Ditanggung", b.text("#cover-verdict"));
        assertEquals(3, b.driver().findElements(By.cssSelector("[id$='breakdown_data'] tr")).size(),
                "three items, each citing B-01");
        assertTrue(b.text("[id$='breakdown_data']").contains("B-01"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView()", b.find("#cover-result"));
        b.screenshot("claims-entry-checked");
        b.click("#entry\\:save");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        String question = b.text(".ui-confirm-dialog .ui-confirm-dialog-message");
        assertTrue(question.contains("MENINGGAL") && question.contains(chosen.name()), question);
        b.click(".ui-confirmdialog-yes");
        b.wait(30).until(d -> b.path().endsWith("/claims/claim.xhtml"));
        String claimId = URI.create(b.driver().getCurrentUrl()).getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");
        assertEquals("REPORTED", status(b));
        assertTrue(b.text("#messages").contains("#" + claimId), b.text("#messages"));
        assertEquals("Ditanggung", b.text("#cover-verdict"));
        assertEquals("Rp 42.000.000", b.text("#benefit-total"));

        // 2. the death certificate's scan is uploaded (which ticks it) and can be downloaded again, unchanged; every
        //    other required document is ticked, then the claim goes to BPJS with its tracking number
        byte[] scan = ("%PDF-1.4\n% akta kematian " + chosen.name() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempFile("akta-kematian", ".pdf");
        Files.write(file, scan);
        String doc = "#documents\\:table .r-doc[data-type='DEATH_CERTIFICATE']";
        b.find(doc).findElement(By.xpath("./ancestor::tr")).findElement(By.cssSelector("button[id$='upload']")).click();
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:uploadDialog")));
        b.find("#uploadForm\\:file_input").sendKeys(file.toString());
        b.wait(30).until(d -> "true".equals(b.find(doc).getAttribute("data-checked")));
        WebElement row = b.find(doc).findElement(By.xpath("./ancestor::tr"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        assertTrue(row.getText().contains(sha256), "the scan's SHA-256 is shown: " + row.getText());
        assertTrue(row.getText().contains(file.getFileName().toString()), row.getText());
        assertArrayEquals(scan, download(b, row.findElement(By.cssSelector("a[id$='download']")),
                file.getFileName().toString()), "the stored scan is the uploaded one");

        // a child is recorded as an heir (CL-03); a scholarship is refused with the service's reason (B-03: the
        // demo participants have fewer than 36 months of membership), shown on the page, the dialog left open
        String child = "Anak Uji " + chosen.id();
        b.click("#heirs\\:add");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:heirName")));
        b.type("#dialogs\\:heirName", child);
        b.type("#dialogs\\:heirNik", TestData.nik(LocalDate.of(2015, 8, 17)));
        b.selectOne("dialogs:heirRelation", "Anak");
        typeDate(b, "dialogs:heirBirthDate", "17/08/2015");
        b.click("#dialogs\\:heirSave");
        b.wait(20).until(d -> b.text("#heirs\\:table tbody").contains(child));
        assertTrue(b.text("#heirs\\:table tbody").contains("Berhak"), "CL-03: a child is in the first group");
        b.click("#scholarships\\:add");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:scholarshipChild")));
        b.selectOne("dialogs:scholarshipChild", child);
        b.selectOne("dialogs:scholarshipLevel", "TK-SD");
        b.click("#dialogs\\:scholarshipSave");
        b.wait(20).until(d -> d.findElements(By.cssSelector("#messages .ui-messages-error-summary")).stream()
                .anyMatch(m -> m.getText().contains("B-03")));
        assertTrue(b.find("#dialogs\\:scholarshipDialog").isDisplayed(), "the dialog stays open");
        b.click("#dialogs\\:scholarshipCancel");
        b.wait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialogs:scholarshipDialog")));

        int ticked = tickRequiredDocuments(b);
        assertEquals(6, ticked, "JKM: every item but the marriage book (no spouse recorded) is required");
        b.screenshot("claims-documents");
        b.click("#actions\\:submit");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:trackingNumber")));
        b.type("#dialogs\\:trackingNumber", tracking);
        b.click("#dialogs\\:submitSave");
        b.wait(20).until(d -> "SUBMITTED".equals(status(b)));
        assertEquals(tracking, b.text("#claim-tracking"));
        // the claim is in the OPD's list, found by the participant's NIK
        b.click("#menu-claims");
        b.wait(20).until(d -> b.path().endsWith("/claims/index.xhtml"));
        b.type("#claims\\:query", chosen.nik());
        WebElement before = b.find("#claims\\:table");
        b.click("#claims\\:search");
        b.wait(20).until(ExpectedConditions.stalenessOf(before));
        String listed = b.text("#claims\\:table tbody");
        assertTrue(listed.contains("#" + claimId) && listed.contains("Diajukan ke BPJS"), listed);
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();

        // 3. the BPJS officer approves the expected amount and records the payment
        b.login("bpjs", PASSWORD);
        b.go("claims/claim.xhtml?id=" + claimId);
        assertEquals("SUBMITTED", status(b));
        b.click("#actions\\:approve");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:amount_input")));
        assertEquals("42000000", b.find("#dialogs\\:amount_hinput").getAttribute("value"),
                "the amount is proposed from the expected benefit");
        b.click("#dialogs\\:approveSave");
        b.wait(20).until(d -> "APPROVED".equals(status(b)));
        assertEquals("42000000", b.find("#claim-decided-amount").getAttribute("data-amount"));
        assertFalse(b.exists("[id$='amount-differs']"), "CL-02: the approved amount is the expected one");
        b.click("#actions\\:paid");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:paidOn_input")));
        b.click("#dialogs\\:paidSave");
        b.wait(20).until(d -> "PAID".equals(status(b)));
        assertEquals("Dibayar", b.text("#claim-status"));
        assertEquals(LocalDate.now(WIB).format(DateTimeFormatter.ofPattern("d MMM yyyy",
                java.util.Locale.forLanguageTag("id"))), b.text("#claim-paid-on"));
        String history = b.text("#history");
        assertTrue(history.contains("Disetujui BPJS") && history.contains("Diajukan ke BPJS"), history);
        b.screenshot("claims-paid");
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();

        // the participant died on the event date
        JsonObject participant = json(api("api/v1/participants/" + chosen.id(), "opd.dkupp").body());
        assertEquals("DECEASED", participant.getString("status"));
        assertEquals(chosen.eventDate().toString(), participant.getString("endDate"));
    }

    /**
     * Enters the claim of a candidate and presses Check; true when the claim would be covered (not at risk) and no
     * death claim exists yet, with the check on screen. Otherwise the entry starts again with another participant.
     */
    private static boolean checkedAndCovered(Browser b, Candidate c) {
        b.click("#menu-claims-new");
        b.wait(20).until(d -> b.path().endsWith("/claims/new.xhtml"));
        b.type("#entry\\:nik", c.nik());
        b.click("#entry\\:find");
        b.wait(20).until(d -> b.exists("#participant-name"));
        assertEquals(c.name(), b.text("#participant-name"));
        assertFalse(b.text("#participant-nik").equals(c.nik()), "the NIK is shown masked");
        b.selectOne("entry:type", "JKM");
        b.wait(20).until(d -> b.find("#entry\\:type_label").getText().startsWith("JKM"));
        typeDate(b, "entry:eventDate", c.eventDate().format(DAY));
        b.click("#entry\\:check");
        b.wait(20).until(d -> b.exists("#cover-result"));
        WebElement cover = b.find("#cover-result");
        return "true".equals(cover.getAttribute("data-covered")) && "false".equals(cover.getAttribute("data-at-risk"))
                && !b.exists("#death-duplicate") && "COVERED".equals(cover.getAttribute("data-reason"));
    }

    /**
     * Types a date into a PrimeFaces date picker and closes its calendar, which opens on focus and would otherwise
     * cover what lies around it. Escape closes it once it has finished opening; a click elsewhere on the page if not.
     */
    private static void typeDate(Browser b, String id, String text) {
        String css = "#" + id.replace(":", "\\:");
        WebElement input = b.find(css + "_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        WebElement panel = b.find(css + "_panel");
        try {
            b.wait(3).until(d -> panel.isDisplayed() && !panel.getAttribute("class").contains("overlay-enter"));
            input.sendKeys(Keys.ESCAPE);
            b.wait(3).until(d -> !panel.isDisplayed());
        } catch (TimeoutException stillOpenOrNeverOpened) {
            ((JavascriptExecutor) b.driver()).executeScript("document.body.click()");
            b.wait(10).until(d -> !panel.isDisplayed());
        }
        assertEquals(text, input.getAttribute("value"));
    }

    /** Clicks a download link and gives the file the browser saved. */
    private static byte[] download(Browser b, WebElement link, String name) throws Exception {
        Path dir = Files.createTempDirectory("rentan-downloads");
        ((ChromeDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toString()));
        link.click();
        Path saved = dir.resolve(name);
        b.wait(30).until(d -> Files.exists(saved) && !Files.exists(dir.resolve(name + ".crdownload")));
        return Files.readAllBytes(saved);
    }

    /** Ticks the required documents one by one (each tick renders the page again); gives how many it ticked. */
    private static int tickRequiredDocuments(Browser b) {
        int ticked = 0;
        for (int guard = 0; guard < 20; guard++) {
            Optional<String> next = b.driver().findElements(By.cssSelector("#documents\\:table .r-doc")).stream()
                    .filter(d -> "true".equals(d.getAttribute("data-required"))
                            && "false".equals(d.getAttribute("data-checked")))
                    .map(d -> d.getAttribute("data-type"))
                    .findFirst();
            if (next.isEmpty()) {
                return ticked;
            }
            String type = next.get();
            String doc = "#documents\\:table .r-doc[data-type='" + type + "']";
            WebElement row = b.find(doc).findElement(By.xpath("./ancestor::tr"));
            row.findElement(By.cssSelector("button[id$='tick']")).click();
            b.wait(20).until(d -> "true".equals(b.find(doc).getAttribute("data-checked")));
            ticked++;
        }
        throw new AssertionError("the checklist never completed");
    }

    private static String status(Browser b) {
        return b.find("#claim-status").getAttribute("data-status");
    }

    /**
     * Participants of an OPD who are ACTIVE, billed in a PAID invoice of this year or last (the demo treasurers pay the
     * overdue ones) and covered for at least three months before the 15th of that invoice's month, so that a JKM
     * death on that day is covered with the full benefit (B-01). The latest paid month is used.
     */
    private List<Candidate> candidates(String opd, String operator, int wanted) throws Exception {
        LocalDate today = LocalDate.now(WIB);
        List<JsonObject> paid = new ArrayList<>();
        // this year's paid months, or last year's in January and February (the demo data bills last year then)
        for (int year : new int[]{today.getYear(), today.getYear() - 1}) {
            for (JsonValue v : json(api("api/v1/funding/invoices?year=" + year + "&status=PAID&size=100",
                    "keuangan").body()).getJsonArray("items")) {
                paid.add(v.asJsonObject());
            }
        }
        paid.sort(Comparator.comparingInt((JsonObject i) -> i.getInt("year") * 100 + i.getInt("month")).reversed());
        List<Candidate> found = new ArrayList<>();
        for (JsonObject invoice : paid) {
            LocalDate event = YearMonth.of(invoice.getInt("year"), invoice.getInt("month")).atDay(15);
            for (int page = 0; page < 20 && found.size() < wanted; page++) {
                JsonObject lines = json(api("api/v1/funding/invoices/" + invoice.getJsonNumber("id").longValue()
                        + "/lines?size=500&page=" + page, "keuangan").body());
                for (JsonValue v : lines.getJsonArray("items")) {
                    JsonObject line = v.asJsonObject();
                    if (!"PREMIUM".equals(line.getString("kind")) || !opd.equals(line.getString("opd"))) {
                        continue;
                    }
                    long id = line.getJsonNumber("participantId").longValue();
                    HttpResponse<String> r = api("api/v1/participants/" + id, operator);
                    if (r.statusCode() != 200) {
                        continue;
                    }
                    JsonObject p = json(r.body());
                    if ("ACTIVE".equals(p.getString("status")) && !p.isNull("coverageStart")
                            && !LocalDate.parse(p.getString("coverageStart")).isAfter(event.minusMonths(3))) {
                        found.add(new Candidate(id, p.getString("nik"), p.getString("fullName"), event));
                        if (found.size() >= wanted) {
                            break;
                        }
                    }
                }
                if (lines.getJsonArray("items").size() < 500) {
                    break;
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return found;
    }

    private HttpResponse<String> api(String path, String user) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 500) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
