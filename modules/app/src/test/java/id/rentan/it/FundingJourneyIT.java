package id.rentan.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding journey in headless Chromium, as the people who do it (F-03, F-05, F-06): a FINANCE user generates the
 * invoice of a month and source that has none yet and records its payment (SPP, SPM, SP2D); approving it themself is
 * refused with the service's message; a second FINANCE user approves it and records BPJS's receipt; the auditor finds
 * the payment by its SP2D number in the disbursement history, with who recorded and who approved it, and verifies
 * the ledger, which is intact.
 */
@RunAsClient
class FundingJourneyIT extends BrowserJourney {

    /** The sources with a demo allocation (and so with billed participants), in the order they pay. */
    private static final List<String> SOURCES = List.of("DBHCHT", "APBD");

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void anInvoiceIsGeneratedPaidByMakerCheckerAndFoundByTheAuditor() {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            browser().screenshot("funding-journey-failure");
            throw e;
        }
    }

    private void journey() {
        Browser b = browser();
        String suffix = Long.toString(System.currentTimeMillis() % 100_000_000L);
        String sp2d = "SP2D/IT/" + suffix;
        String receipt = "BPJS/KW/" + suffix;

        // 1. keuangan generates the invoice of a month and source that has none yet (the demo data may already have
        //    invoices for the past months of this year) and records its payment
        b.login("keuangan", PASSWORD);
        String invoiceId = generateAnInvoiceWithLines(b);
        b.screenshot("funding-invoice");
        assertTrue(b.exists("#lines\\:table tbody tr[data-ri]"), "the invoice shows its frozen lines");
        b.click("#actions\\:pay");
        b.wait(20).until(d -> b.path().endsWith("/funding/payments.xhtml"));
        b.wait(10).until(d -> !b.find("#record\\:amount_input").getAttribute("value").isBlank());
        b.type("#record\\:sppNumber", "SPP/IT/" + suffix);
        b.type("#record\\:spmNumber", "SPM/IT/" + suffix);
        b.type("#record\\:sp2dNumber", sp2d);
        b.screenshot("funding-payment-form");
        b.click("#record\\:save");
        confirm(b);
        waitForMessage(b, "info", sp2d);
        WebElement row = rowWith(b, "#queue\\:table", sp2d);

        // 2. ... but may not approve it: the service refuses and says why
        row.findElement(By.cssSelector("button[id$='approve']")).click();
        confirm(b);
        waitForMessage(b, "error", "tidak boleh menyetujui pembayarannya sendiri");
        assertTrue(rowWith(b, "#queue\\:table", sp2d).isDisplayed(), "still waiting for approval");
        b.screenshot("funding-own-approval-refused");
        b.logout();

        // 3. keuangan2 approves it and records BPJS's receipt number: the payment is paid
        b.login("keuangan2", PASSWORD);
        open(b, "payments");
        rowWith(b, "#queue\\:table", sp2d).findElement(By.cssSelector("button[id$='approve']")).click();
        confirm(b);
        waitForMessage(b, "info", sp2d);
        b.wait(20).until(d -> rows(b, "#queue\\:table").stream().noneMatch(r -> r.getText().contains(sp2d)));
        rowWith(b, "#payments\\:table", sp2d).findElement(By.cssSelector("button[id$='receipt']")).click();
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("dialogs:receiptNumber")));
        b.type("#dialogs\\:receiptNumber", receipt);
        b.click("#dialogs\\:receiptSave");
        waitForMessage(b, "info", receipt);
        b.wait(20).until(d -> rowWith(b, "#payments\\:table", sp2d).getText().contains("Lunas"));
        String paidRow = rowWith(b, "#payments\\:table", sp2d).getText();
        assertTrue(paidRow.contains(receipt) && paidRow.contains("keuangan2"), paidRow);
        b.screenshot("funding-payment-paid");
        b.go("funding/invoice.xhtml?id=" + invoiceId);
        assertEquals("Lunas", b.text("#invoice-status"), "the receipt covers the invoice's total");
        b.logout();

        // 4. the auditor finds the payment in the disbursement history and verifies the ledger
        b.login("auditor", PASSWORD);
        open(b, "ledger");
        b.type("#ledger\\:sp2d", sp2d);
        b.click("#ledger\\:search");
        b.wait(20).until(d -> rows(b, "#ledger\\:table").size() == 2
                && rows(b, "#ledger\\:table").stream().allMatch(r -> r.getText().contains(sp2d)));
        String history = b.text("#ledger\\:table tbody");
        assertTrue(history.contains("Pembayaran disetujui") && history.contains("Tanda terima BPJS"), history);
        assertTrue(history.matches("(?s).*Dicatat oleh: keuangan(?!2).*"), "recorded by: " + history);
        assertTrue(history.contains("Disetujui oleh: keuangan2"), "approved by: " + history);
        for (WebElement link : b.driver().findElements(By.cssSelector("#ledger\\:table tbody tr a"))) {
            assertTrue(link.getAttribute("href").endsWith("/funding/invoice.xhtml?id=" + invoiceId),
                    link.getAttribute("href"));
        }
        b.click("#verify\\:run");
        b.wait(30).until(d -> b.exists("#verification"));
        assertTrue(b.text("#verification").startsWith("Buku besar utuh"), b.text("#verification"));
        b.screenshot("funding-ledger-verified");
        assertEquals(List.of(), b.consoleProblems(), "no CSP violations or script errors");
        b.logout();
    }

    /**
     * Generates, through the form, the invoice of the latest month of this year (last month first, this month last)
     * and source that has none and bills someone; returns its id, with its page open.
     */
    private static String generateAnInvoiceWithLines(Browser b) {
        YearMonth now = YearMonth.now(ZoneId.of("Asia/Jakarta"));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = now.minusMonths(1); m.getYear() == now.getYear(); m = m.minusMonths(1)) {
            months.add(m);
        }
        months.add(now);
        open(b, "invoices");
        Set<String> invoiced = new TreeSet<>();
        for (String source : SOURCES) {
            for (String period : invoicedPeriods(b, now.getYear(), source)) {
                invoiced.add(period + " " + source);
            }
        }
        for (YearMonth month : months) {
            for (String source : SOURCES) {
                if (invoiced.contains(month + " " + source)) {
                    continue;
                }
                if (!b.path().endsWith("/funding/invoices.xhtml")) {
                    open(b, "invoices");
                }
                b.selectOne("generate:year", Integer.toString(month.getYear()));
                b.selectOne("generate:month", Month.of(month.getMonthValue()).getDisplayName(TextStyle.FULL, INDONESIAN));
                b.selectOne("generate:source", source);
                b.click("#generate\\:create");
                confirm(b);
                b.wait(60).until(d -> b.path().endsWith("/funding/invoice.xhtml"));
                assertTrue(b.text("#messages").contains("Tagihan " + month + " " + source + " dibuat"),
                        b.text("#messages"));
                assertEquals("Terbit", b.text("#invoice-status"));
                if (!"0".equals(b.find("#invoice-total").getAttribute("data-amount"))) {
                    return URI.create(b.driver().getCurrentUrl()).getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");
                }
                // nobody is billed from this source in that month: try another
            }
        }
        throw new AssertionError("no month of " + now.getYear() + " could be invoiced with lines");
    }

    /** The periods ({@code yyyy-MM}) invoiced for a year and source, read from the filtered invoice list. */
    private static Set<String> invoicedPeriods(Browser b, int year, String source) {
        b.selectOne("invoices:year", Integer.toString(year));
        b.selectOne("invoices:source", source);
        WebElement before = b.find("#invoices\\:table");
        b.click("#invoices\\:search");
        b.wait(20).until(ExpectedConditions.stalenessOf(before));
        b.find("#invoices\\:table");
        Set<String> periods = new TreeSet<>();
        for (WebElement period : b.driver().findElements(By.cssSelector("#invoices\\:table tbody .r-period"))) {
            periods.add(period.getAttribute("data-period"));
        }
        return periods;
    }

    /** Opens a funding page through its menu entry. */
    private static void open(Browser b, String page) {
        b.click("#menu-funding-" + page);
        b.wait(20).until(d -> b.path().endsWith("/funding/" + page + ".xhtml"));
    }

    /** Waits for a page message of a severity ({@code info}, {@code error}) that contains a text. */
    private static void waitForMessage(Browser b, String severity, String text) {
        b.wait(20).until(d -> d.findElements(By.cssSelector("#messages .ui-messages-" + severity + "-summary"))
                .stream().anyMatch(m -> m.getText().contains(text)));
    }

    /** Waits for the row of a table that contains a text, and gives it. */
    private static WebElement rowWith(Browser b, String table, String text) {
        return b.wait(20).until(d -> rows(b, table).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElse(null));
    }

    private static List<WebElement> rows(Browser b, String table) {
        return b.driver().findElements(By.cssSelector(table + " tbody tr[data-ri]"));
    }

    /** Answers "yes" in the application's confirmation dialog. */
    private static void confirm(Browser b) {
        b.wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
        b.click(".ui-confirmdialog-yes");
    }
}
