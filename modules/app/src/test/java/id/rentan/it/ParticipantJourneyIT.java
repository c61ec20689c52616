package id.rentan.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participants journey in headless Chromium, as the people who do it: an OPD operator uploads a spreadsheet with a
 * good and a bad row and reads the report, the verifier verifies the candidate and submits it to BPJS, the BPJS officer
 * records the KPJ number, and the participant is ACTIVE. Another OPD's operator cannot open that participant by id.
 */
@RunAsClient
class ParticipantJourneyIT extends BrowserJourney {

    @Test
    void fromAnOpdSpreadsheetToAnActiveParticipant() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            browser().screenshot("participants-journey-failure");
            throw e;
        }
    }

    private void journey() throws Exception {
        String nik = TestData.nik();
        Path file = Files.createTempFile("usulan-dkupp", ".csv");
        Files.write(file, TestData.csv(List.of(
                TestData.goodRow(nik, "UMKM"),
                TestData.goodRow("35780112", "UMKM")))); // V-01: not 16 digits
        Browser b = browser();

        // 1. the OPD operator uploads, checks and saves
        b.login("opd.dkupp", PASSWORD);
        open(b, "import");
        b.find("#upload\\:file_input").sendKeys(file.toString());
        b.wait(20).until(d -> b.text("#fileName").contains(file.getFileName().toString()));
        b.click("#upload\\:check");
        b.wait(30).until(d -> b.exists("#report\\:result"));
        assertEquals("1", b.text("#accepted"), "dry run: one row acceptable");
        assertEquals("1", b.text("#rejected"));
        b.click("#upload\\:commit");
        confirm(b);
        b.wait(30).until(d -> b.exists("#report\\:viewImported"));
        assertEquals("1", b.text("#accepted"));
        assertEquals("1", b.text("#rejected"));
        String rows = b.text("#report\\:rows");
        assertTrue(rows.contains(nik), rows);
        assertTrue(rows.contains("V-01"), "the bad row names its rule: " + rows);
        b.screenshot("participants-import-report");
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();

        // 2. the verifier verifies the candidate and submits the verified to BPJS
        b.login("verifikator", PASSWORD);
        open(b, "verification");
        findByNik(b, "verification", nik);
        b.click("#verification\\:table tbody tr .ui-chkbox-box");
        b.click("#verification\\:verify");
        confirm(b);
        b.wait(20).until(d -> b.exists("#verification\\:table .ui-datatable-empty-message"));
        b.screenshot("participants-verification");

        open(b, "submissions");
        String before = b.text("#batches\\:table tbody");
        b.click("#submit\\:send");
        confirm(b);
        b.wait(30).until(d -> !b.text("#batches\\:table tbody").equals(before));
        assertTrue(b.text("#waiting").startsWith("0 "), "nothing left waiting: " + b.text("#waiting"));
        b.screenshot("participants-submissions");
        b.logout();

        // 3. the BPJS officer records the KPJ number and the coverage start
        b.login("bpjs", PASSWORD);
        open(b, "registrations");
        findByNik(b, "pending", nik);
        String href = b.driver().findElement(By.cssSelector("#pending\\:table tbody tr a")).getAttribute("href");
        String id = URI.create(href).getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");
        b.click("#pending\\:table tbody tr button[id$='record']");
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:kpj")));
        b.type("#dialogs\\:kpj", "24" + nik.substring(8));
        LocalDate start = YearMonth.now().plusMonths(1).atDay(1);
        WebElement date = b.find("#dialogs\\:start_input");
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), start.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ESCAPE);
        b.screenshot("participants-registration-dialog");
        b.click("#dialogs\\:save");
        b.wait(20).until(d -> b.exists("#pending\\:table .ui-datatable-empty-message"));
        b.logout();

        // 4. the OPD operator pages through its registry, counts it, and sees the participant ACTIVE with its history
        b.login("opd.dkupp", PASSWORD);
        open(b, "index");
        assertEquals("1-25, masih ada berikutnya", b.text("#registry\\:table .ui-paginator-current"));
        b.click("#registry\\:table .ui-paginator-next");
        b.wait(20).until(d -> b.text("#registry\\:table .ui-paginator-current").startsWith("26-50"));
        b.click("#registry\\:countButton");
        b.wait(20).until(d -> b.exists("#registry\\:counted"));
        assertTrue(b.text("#registry\\:counted").matches("Jumlah sesuai saringan: [0-9.]+ peserta"),
                b.text("#registry\\:counted"));
        // searching from page 2 for one NIK lands on the page that has it
        findByNik(b, "registry", nik);
        assertEquals("1-1 dari 1", b.text("#registry\\:table .ui-paginator-current"));
        b.go("participants/view.xhtml?id=" + id);
        assertEquals("Aktif", b.text("#participant-status"));
        String page = b.text("#content");
        assertTrue(page.contains("24" + nik.substring(8)), "the KPJ number is shown");
        b.screenshot("participants-view-active");
        b.logout();

        // 5. another OPD's operator: that participant does not exist for them
        b.login("opd.perikanan", PASSWORD);
        b.go("participants/view.xhtml?id=" + id);
        assertEquals("404", b.text("#error-code"));
        assertTrue(!b.driver().getPageSource().contains(nik), "no trace of the participant");
        b.go("index.xhtml");
        b.logout();
        Files.deleteIfExists(file);
    }

    /** Opens a participants page through its menu entry. */
    private static void open(Browser b, String page) {
        b.click("index".equals(page) ? "#menu-participants" : "#menu-participants-" + page);
        b.wait(20).until(d -> b.path().endsWith("/participants/" + page + ".xhtml"));
    }

    /** Filters the list of a form by NIK and waits for the one row. */
    private static void findByNik(Browser b, String form, String nik) {
        b.type("#" + form + "\\:nik", nik);
        b.click("#" + form + "\\:search");
        b.wait(20).until(d -> tableRows(b, "#" + form + "\\:table").size() == 1
                && tableRows(b, "#" + form + "\\:table").get(0).getText().contains(nik));
    }

    /** Answers "yes" in the application's confirmation dialog. */
    private static void confirm(Browser b) {
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        b.click(".ui-confirmdialog-yes");
    }

    private static List<WebElement> tableRows(Browser b, String table) {
        return b.driver().findElements(By.cssSelector(table + " tbody tr[data-ri]"));
    }
}
