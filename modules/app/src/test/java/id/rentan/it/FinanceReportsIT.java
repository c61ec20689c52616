package id.rentan.it;

import id.rentan.claims.api.ClaimReport;
import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.application.ClaimRequest;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.funding.api.BudgetReport;
import id.rentan.funding.application.ArrearsService;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.domain.Invoice;
import id.rentan.participants.application.SubmissionService;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.Caller;
import id.rentan.reporting.application.BudgetReportService;
import id.rentan.reporting.application.ClaimsReportService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget and claims reports in Payara Micro on the demo data, after a series of changes: four
 * participants of Mayangan enrolled against a source of their own (F-02), January invoiced and paid the
 * maker-checker way (F-03, F-05), a work-accident death in January with heirs, a scholarship and BPJS's decision
 * (CL-02, CL-03, S-01), this month invoiced without the dead (C-04), a claim at risk and one not covered (CL-01). Every
 * figure is compared with counts and sums taken straight from the tables with SQL (invoices, payments, commitments,
 * budget lines, arrears, claims, heirs, scholarships), for the whole city and for one OPD; the roles are checked (an
 * OPD operator gets its own OPD only, BPJS is refused the budget, the auditor sees all), then the same over the REST
 * API of this very server (HTTP Basic as the demo users), which is also described in /openapi.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinanceReportsIT {

    private static final String OPD = "KEC_MAYANGAN";
    private static final Caller OPERATOR = Callers.operator("op.mayangan", OPD);
    private static final Caller DKUPP = Callers.operator("opd.dkupp", "DKUPP");
    private static final String SOURCE = "IT_LAPORAN";
    private static final long RATE = 16_800;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FinanceReportsIT.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    Enrolments enrolments;

    @Inject
    BudgetService budgets;

    @Inject
    SubmissionService submissions;

    @Inject
    InvoiceService invoices;

    @Inject
    ArrearsService arrears;

    @Inject
    ClaimService claims;

    @Inject
    BudgetReportService budgetReports;

    @Inject
    ClaimsReportService claimReports;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** Whether this month is not January: then two months of the year are invoiced, the later one unpaid. */
    static boolean twoMonths;
    /** The school year of the scholarship recorded (this one from July, else the one before). */
    static int schoolYear;

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Jakarta"));
    }

    private static int year() {
        return thisMonth().getYear();
    }

    @Test
    @Order(1)
    void theReportsEqualTheTablesAfterEnrolmentsAPaymentAndADeath() throws Exception {
        int year = year();
        testCaller.actAs(Callers.ADMIN);
        BudgetReport budgetBefore = budgetReports.figures(year, null);
        ClaimReport claimsBefore = claimReports.figures(year);
        assertSameAsTheTables(budgetBefore);
        assertSameAsTheTables(claimsBefore, null);

        changes();

        testCaller.actAs(Callers.ADMIN);
        BudgetReport after = budgetReports.figures(year, null);
        assertSameAsTheTables(after);
        BudgetReport.Source mine = after.sources().stream().filter(s -> SOURCE.equals(s.sourceCode())).findFirst()
                .orElseThrow();
        long invoiced = (twoMonths ? 7 : 4) * RATE;
        assertEquals(Rupiah.of(100_000_000), mine.allocated());
        assertEquals(Rupiah.of(invoiced), mine.invoiced(), "F-03/C-04: 4 in January, 3 this month after the death");
        assertEquals(Rupiah.of(4 * RATE), mine.paid(), "F-05: January paid");
        assertEquals(4, mine.participantsCommitted());
        assertEquals(4, mine.participantsPaid());
        assertEquals(Rupiah.of(RATE), mine.costPerParticipant(), "one month paid for each of the four (C-02)");
        assertEquals(0.1, mine.absorption(), "F-07: Rp67,200 of Rp100,000,000 is 0.07%");
        assertEquals(Rupiah.of(100_000_000).minus(mine.committed()), mine.remaining());
        // what changed, on the whole city's figures
        assertEquals(budgetBefore.total().allocated().plus(Rupiah.of(100_000_000)), after.total().allocated());
        assertEquals(budgetBefore.total().invoiced().plus(Rupiah.of(invoiced)), after.total().invoiced());
        assertEquals(budgetBefore.total().paid().plus(Rupiah.of(4 * RATE)), after.total().paid());
        assertEquals(budgetBefore.total().participantsCommitted() + 4, after.total().participantsCommitted());
        assertEquals(budgetBefore.total().participantsPaid() + 4, after.total().participantsPaid());
        assertEquals(budgetBefore.unpaid().invoices() + (twoMonths ? 1 : 0), after.unpaid().invoices());
        assertEquals(budgetBefore.months().get(0).invoiced().plus(Rupiah.of(4 * RATE)),
                after.months().get(0).invoiced());

        // one source: its own months
        BudgetReport one = budgetReports.figures(year, SOURCE.toLowerCase());
        assertEquals(SOURCE, one.sourceCode());
        assertEquals(List.of(SOURCE), one.sources().stream().map(BudgetReport.Source::sourceCode).toList());
        assertEquals(mine, one.sources().get(0));
        assertEquals(new BudgetReport.Month(1, 1, 1, Rupiah.of(4 * RATE), Rupiah.of(4 * RATE), 4, 4),
                one.months().get(0));
        if (twoMonths) {
            assertEquals(new BudgetReport.Month(thisMonth().getMonthValue(), 1, 0, Rupiah.of(3 * RATE), Rupiah.ZERO,
                    3, 0), one.months().get(thisMonth().getMonthValue() - 1));
            assertEquals(new BudgetReport.Unpaid(1, Rupiah.of(3 * RATE), thisMonth()), one.unpaid());
        }

        ClaimReport claimsAfter = claimReports.figures(year);
        assertSameAsTheTables(claimsAfter, null);
        assertEquals(claimsBefore.total().claims() + 3, claimsAfter.total().claims());
        assertEquals(claimsBefore.heirs().heirs() + 3, claimsAfter.heirs().heirs());
        assertEquals(claimsBefore.heirs().entitled() + 2, claimsAfter.heirs().entitled(), "CL-03: not the parent");
        assertEquals(claimsBefore.total().decided() + 1, claimsAfter.total().decided());
        assertEquals(claimsBefore.total().decidedAmount().plus(Rupiah.of(72_000_000)),
                claimsAfter.total().decidedAmount());
        assertEquals(claimsBefore.total().expectedOfDecided().plus(Rupiah.of(70_000_000)),
                claimsAfter.total().expectedOfDecided(), "K-01: Rp70,000,000 expected");
        assertEquals(claimsBefore.total().paidAmount().plus(Rupiah.of(72_000_000)), claimsAfter.total().paidAmount());
        assertEquals(claimsBefore.total().amountDiffers() + 1, claimsAfter.total().amountDiffers(), "CL-02");
        assertEquals(notCovered(claimsBefore, "NOT_REGISTERED") + 1, notCovered(claimsAfter, "NOT_REGISTERED"));
        assertEquals(claimsBefore.atRisk().claims() + (twoMonths ? 1 : 0), claimsAfter.atRisk().claims());
        if (schoolYear == year) {
            assertEquals(claimsBefore.scholarships().children() + 1, claimsAfter.scholarships().children());
            assertEquals(claimsBefore.scholarships().amount().plus(Rupiah.of(2_000_000)),
                    claimsAfter.scholarships().amount(), "S-01: SMP Rp2,000,000");
        }
    }

    /**
     * Four RT/RW heads of Mayangan enrolled from 1 January against a source of their own (an allocation reserved to
     * the OPD), a fifth only verified; January invoiced and paid; a work-accident death on 15 January with heirs, a
     * scholarship and BPJS's decision; this month invoiced; a claim at risk and one not covered.
     */
    private void changes() throws Exception {
        int year = year();
        testCaller.actAs(Callers.ADMIN);
        budgets.saveSource(SOURCE, "Sumber uji laporan (IT)", 8, true);
        budgets.allocate(year, SOURCE, Rupiah.of(100_000_000L), OPD, "RT_RW", "IT: pagu laporan");
        List<Long> created = enrolments.verified(OPD, 5);
        List<Long> enrolled = created.subList(0, 4);
        testCaller.actAs(Callers.VERIFIER);
        assertEquals(4, submissions.submit(enrolled, null).result().doneCount());
        enrolments.registered(enrolled, LocalDate.of(year, 1, 1), Collections.nCopies(4, LocalDate.of(year, 1, 1)));
        testCaller.actAs(Callers.FINANCE);
        Invoice january = invoices.generate(year, 1, SOURCE);
        assertEquals(4, january.premiumLines());
        enrolments.pay(january);

        // a work-accident death in January (covered: January is paid), heirs, a scholarship, BPJS's decision
        testCaller.actAs(OPERATOR);
        LocalDate death = LocalDate.of(year, 1, 15);
        Claim claim = claims.record(new ClaimRequest(enrolled.get(0), null, null, ClaimType.JKK_DEATH, death, null,
                death.atTime(9, 0), false, null, "IT: tenggelam saat melaut"));
        assertEquals(CoverReason.COVERED, claim.coverReason());
        long id = claim.id();
        claims.addHeir(id, "Istri Uji", TestData.nik(LocalDate.of(1988, 2, 2)), HeirRelation.SPOUSE, null, false,
                false);
        long child = claims.addHeir(id, "Anak Uji", TestData.nik(LocalDate.of(2013, 6, 6)), HeirRelation.CHILD,
                LocalDate.of(2013, 6, 6), false, false).id();
        claims.addHeir(id, "Ayah Uji", TestData.nik(LocalDate.of(1955, 1, 1)), HeirRelation.PARENT, null, false,
                false);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        schoolYear = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
        claims.addScholarship(id, child, schoolYear, SchoolLevel.SMP);
        for (DocumentType d : claims.view(id).missingDocuments()) {
            claims.checkDocument(id, d, true);
        }
        claims.submit(id, "BPJS-TRK-LAPORAN-" + id);
        testCaller.actAs(Callers.BPJS);
        assertTrue(claims.decide(id, ClaimStatus.APPROVED, 72_000_000L, null, null).amountDiffers());
        claims.decide(id, ClaimStatus.PAID, null, null, today);

        // this month, billed without the dead (C-04), not paid: a claim in it is at risk (CL-01)
        twoMonths = thisMonth().getMonthValue() > 1;
        if (twoMonths) {
            testCaller.actAs(Callers.FINANCE);
            assertEquals(3, invoices.generate(year, thisMonth().getMonthValue(), SOURCE).premiumLines());
            testCaller.actAs(OPERATOR);
            Claim atRisk = claims.record(new ClaimRequest(enrolled.get(1), null, null, ClaimType.JKK_STMB,
                    thisMonth().atDay(1), null, null, false, 2, "IT: tangan terluka"));
            assertEquals(CoverReason.AT_RISK_UNPAID, atRisk.coverReason());
        }
        // a participant BPJS never registered: not covered
        testCaller.actAs(OPERATOR);
        Claim notCovered = claims.record(new ClaimRequest(created.get(4), null, null, ClaimType.JKK_MEDICAL, today,
                null, null, false, null, "IT: belum terdaftar"));
        assertEquals(CoverReason.NOT_REGISTERED, notCovered.coverReason());

        testCaller.actAs(Callers.ADMIN);
        arrears.check();
    }

    @Test
    @Order(2)
    void eachRoleSeesItsOwnScope() throws Exception {
        int year = year();
        testCaller.actAs(Callers.ADMIN);
        BudgetReport all = budgetReports.figures(year, null);
        ClaimReport allClaims = claimReports.figures(year);
        assertNull(all.opdCode());

        // the auditor sees all, as do FINANCE and the verifiers
        for (Caller c : List.of(Callers.AUDITOR, Callers.FINANCE, Callers.VERIFIER)) {
            testCaller.actAs(c);
            assertEquals(all, budgetReports.figures(year, null), c.username());
            assertEquals(allClaims, claimReports.figures(year), c.username());
        }

        // an OPD operator: its own OPD's figures only
        testCaller.actAs(OPERATOR);
        BudgetReport mayangan = budgetReports.figures(year, null);
        assertEquals(OPD, mayangan.opdCode());
        assertSameAsTheTables(mayangan);
        BudgetReport.Source mine = mayangan.sources().stream().filter(s -> SOURCE.equals(s.sourceCode()))
                .findFirst().orElseThrow();
        assertEquals(Rupiah.of(100_000_000), mine.allocated(), "F-01: the allocation reserved to the OPD");
        assertEquals(Rupiah.of(4 * RATE), mine.paid());
        ClaimReport mayanganClaims = claimReports.figures(year);
        assertEquals(OPD, mayanganClaims.opdCode());
        assertSameAsTheTables(mayanganClaims, OPD);
        assertTrue(mayanganClaims.total().claims() >= (twoMonths ? 3 : 2));

        testCaller.actAs(DKUPP);
        BudgetReport dkupp = budgetReports.figures(year, null);
        assertSameAsTheTables(dkupp);
        assertTrue(dkupp.sources().stream().noneMatch(s -> SOURCE.equals(s.sourceCode())), "no DKUPP line there");
        ClaimReport dkuppClaims = claimReports.figures(year);
        assertSameAsTheTables(dkuppClaims, "DKUPP");
        assertEquals(allClaims.total().claims(), count("SELECT COUNT(*) FROM claims.claim WHERE event_date >= ? "
                + "AND event_date <= ?", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        assertTrue(dkuppClaims.total().claims() < allClaims.total().claims());

        // BPJS sees claims, not budgets
        testCaller.actAs(Callers.BPJS);
        assertEquals(BusinessException.Kind.FORBIDDEN,
                assertThrows(BusinessException.class, () -> budgetReports.figures(year, null)).kind());
        assertEquals(BusinessException.Kind.FORBIDDEN,
                assertThrows(BusinessException.class, () -> budgetReports.sources()).kind());
        assertEquals(allClaims, claimReports.figures(year));

        // bad input: a clear message (422)
        testCaller.actAs(Callers.ADMIN);
        assertEquals("budget.error.year",
                assertThrows(BusinessException.class, () -> budgetReports.figures(1999, null)).messageKey());
        assertEquals("budget.error.year",
                assertThrows(BusinessException.class, () -> budgetReports.figures(year + 2, null)).messageKey());
        assertEquals("budget.error.source",
                assertThrows(BusinessException.class, () -> budgetReports.figures(year, "NOPE")).messageKey());
        assertEquals("claimsReport.error.year",
                assertThrows(BusinessException.class, () -> claimReports.figures(year + 1)).messageKey());
    }

    @Test
    @Order(3)
    void theRestApiAnswersAsTheScreensForEachRoleAndIsInOpenApi() throws Exception {
        int year = year();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);

        HttpResponse<String> admin = get("api/v1/reports/budget?year=" + year, "admin");
        assertEquals(200, admin.statusCode(), admin.body());
        JsonObject budget = json(admin.body());
        assertEquals(year, budget.getInt("year"));
        assertTrue(budget.isNull("opd"));
        assertEquals(sum("SELECT SUM(total) FROM funding.invoice WHERE fiscal_year = ? AND status = 'PAID'", year),
                budget.getJsonObject("total").getJsonNumber("paid").longValue());
        assertEquals(sum("SELECT SUM(amount) FROM funding.payment WHERE fiscal_year = ? AND status = 'PAID'", year),
                budget.getJsonObject("total").getJsonNumber("paid").longValue(), "paid = BPJS's receipts (F-05)");
        JsonObject mine = budget.getJsonArray("sources").stream().map(JsonValue::asJsonObject)
                .filter(s -> SOURCE.equals(s.getString("source"))).findFirst().orElseThrow();
        assertEquals((twoMonths ? 7 : 4) * RATE, mine.getJsonNumber("invoiced").longValue());
        assertEquals(RATE, mine.getJsonNumber("costPerParticipant").longValue());
        assertEquals(12, budget.getJsonArray("months").size());
        assertEquals(count("SELECT COUNT(*) FROM funding.invoice WHERE fiscal_year = ? AND status = 'ISSUED'", year),
                budget.getJsonObject("unpaidInvoices").getInt("invoices"));
        assertEquals(count("SELECT COUNT(*) FROM funding.arrears"),
                budget.getJsonObject("atRisk").getJsonNumber("participants").longValue());

        // the auditor and the verifier see the same; an OPD operator its own OPD; BPJS is refused
        assertEquals(budget, json(get("api/v1/reports/budget?year=" + year, "auditor").body()));
        assertEquals(budget, json(get("api/v1/reports/budget?year=" + year, "verifikator").body()));
        HttpResponse<String> dkupp = get("api/v1/reports/budget?year=" + year, "opd.dkupp");
        assertEquals(200, dkupp.statusCode(), dkupp.body());
        JsonObject dkuppBudget = json(dkupp.body());
        assertEquals("DKUPP", dkuppBudget.getString("opd"));
        assertEquals(sum("SELECT SUM(l.amount) FROM funding.invoice_line l JOIN funding.invoice i ON i.id = l.invoice_id "
                        + "WHERE i.fiscal_year = ? AND l.opd_code = 'DKUPP'", year),
                dkuppBudget.getJsonObject("total").getJsonNumber("invoiced").longValue());
        HttpResponse<String> bpjs = get("api/v1/reports/budget?year=" + year, "bpjs");
        assertEquals(403, bpjs.statusCode(), bpjs.body());
        assertTrue(bpjs.headers().firstValue("Content-Type").orElse("").contains("problem+json"), bpjs.body());

        // one source, and bad input
        JsonObject one = json(get("api/v1/reports/budget?year=" + year + "&source=" + SOURCE, "keuangan").body());
        assertEquals(SOURCE, one.getString("source"));
        assertEquals(mine, one.getJsonArray("sources").getJsonObject(0));
        for (String bad : List.of("year=abc", "year=1999", "year=" + (year + 2), "source=NOPE")) {
            HttpResponse<String> r = get("api/v1/reports/budget?" + bad, "admin");
            assertEquals(422, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("detail"), r.body());
        }
        HttpResponse<String> defaultYear = get("api/v1/reports/budget", "admin");
        assertEquals(200, defaultYear.statusCode());
        assertEquals(year, json(defaultYear.body()).getInt("year"), "this year by default");

        // claims: every role, an OPD operator its own OPD's
        JsonObject claimsAll = json(get("api/v1/reports/claims?year=" + year, "admin").body());
        assertEquals(count("SELECT COUNT(*) FROM claims.claim WHERE event_date >= ? AND event_date <= ?", first, last),
                claimsAll.getJsonObject("total").getJsonNumber("claims").longValue());
        assertEquals(count("SELECT COUNT(*) FROM claims.claim WHERE event_date >= ? AND event_date <= ? "
                        + "AND at_risk = TRUE AND status <> 'REJECTED'", first, last),
                claimsAll.getJsonObject("atRisk").getJsonNumber("claims").longValue());
        for (String user : List.of("auditor", "keuangan", "bpjs", "verifikator")) {
            HttpResponse<String> r = get("api/v1/reports/claims?year=" + year, user);
            assertEquals(200, r.statusCode(), user + ": " + r.body());
            assertEquals(claimsAll, json(r.body()), user);
        }
        JsonObject claimsDkupp = json(get("api/v1/reports/claims?year=" + year, "opd.dkupp").body());
        assertEquals("DKUPP", claimsDkupp.getString("opd"));
        assertEquals(count("SELECT COUNT(*) FROM claims.claim WHERE event_date >= ? AND event_date <= ? "
                + "AND opd_code = 'DKUPP'", first, last), claimsDkupp.getJsonObject("total").getJsonNumber("claims")
                .longValue());
        assertEquals(422, get("api/v1/reports/claims?year=" + (year + 1), "admin").statusCode());
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()
                + "api/v1/reports/claims")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());

        // the reports as files, in either language, every download audited; BPJS still refused the budget
        long downloads = count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'REPORT_DOWNLOADED'");
        HttpResponse<byte[]> pdf = bytes("api/v1/reports/budget?year=" + year + "&format=pdf&lang=en", "auditor");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> xlsx = bytes("api/v1/reports/claims?year=" + year + "&format=xlsx", "opd.dkupp");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "an XLSX is a zip");
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("laporan-klaim-" + year
                + ".xlsx"));
        assertEquals(200, bytes("api/v1/reports/budget?year=" + year + "&source=" + SOURCE + "&format=xlsx&lang=id",
                "opd.dkupp").statusCode());
        assertEquals(403, bytes("api/v1/reports/budget?year=" + year + "&format=pdf", "bpjs").statusCode());
        assertEquals(422, get("api/v1/reports/claims?format=csv", "admin").statusCode());
        assertEquals(downloads + 3, count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'REPORT_DOWNLOADED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'REPORT_DOWNLOADED' "
                + "AND username = 'opd.dkupp' AND entity_id = ?", "claims-" + year));

        String openapi = get("openapi", "admin").body();
        assertTrue(openapi.contains("/api/v1/reports/budget"), "budget report in /openapi");
        assertTrue(openapi.contains("/api/v1/reports/claims"), "claims report in /openapi");

        // response times on the demo data (warm): printed for the record
        System.out.println("FinanceReportsIT response times: "
                + timing("api/v1/reports/budget?year=" + year, "admin") + "; "
                + timing("api/v1/reports/budget?year=" + year, "opd.dkupp") + "; "
                + timing("api/v1/reports/claims?year=" + year, "admin") + "; "
                + timing("api/v1/reports/claims?year=" + year, "opd.dkupp"));
    }

    @Test
    @Order(4)
    void theDashboardsShowTheFiguresWithLinksToTheListsBehindThemAndDownload() throws Exception {
        int year = year();
        java.util.Locale id = java.util.Locale.forLanguageTag("id");
        testCaller.actAs(Callers.ADMIN);
        BudgetReport all = budgetReports.figures(year, null);
        ClaimReport claimsAll = claimReports.figures(year);

        HttpClient admin = login("admin");
        HttpResponse<String> budget = page(admin, "reporting/budget.xhtml");
        assertEquals(200, budget.statusCode());
        String html = budget.body();
        assertTrue(html.contains(all.total().paid().format(id)), "the paid total on the card");
        assertTrue(html.contains("id=\"budget:sourcesChart\"") && html.contains("id=\"budget:monthsChart\""), "charts");
        assertTrue(html.contains("/funding/invoices.xhtml?year=" + year + "&amp;status=PAID"), "paid: the paid invoices");
        assertTrue(html.contains("/funding/invoices.xhtml?year=" + year + "&amp;month=1&amp;status=PAID"),
                "a month: its invoices");
        assertTrue(html.contains("/funding/index.xhtml?year=" + year), "allocation: the budget overview");
        assertTrue(html.contains("/funding/arrears.xhtml"), "at risk: the arrears");
        assertFalse(html.contains("???"), "every text in the bundles");
        // one source, from the address
        String one = page(admin, "reporting/budget.xhtml?year=" + year + "&source=" + SOURCE).body();
        assertTrue(one.contains("/funding/invoices.xhtml?year=" + year + "&amp;source=" + SOURCE + "&amp;status=PAID"));
        assertTrue(one.contains(Rupiah.of(4 * RATE).format(id)));

        // the lists behind the figures open filtered
        String paidInvoices = page(admin, "funding/invoices.xhtml?year=" + year + "&month=1&source=" + SOURCE
                + "&status=PAID").body();
        assertTrue(paidInvoices.contains(SOURCE) && paidInvoices.contains(Rupiah.of(4 * RATE).format(id)), "January's");
        String claimsPage = page(admin, "reporting/claims.xhtml?year=" + year).body();
        assertTrue(claimsPage.contains("/claims/index.xhtml?from=" + year + "-01-01&amp;to=" + year
                + "-12-31&amp;reason=NOT_REGISTERED"), "not covered: the claims of that reason");
        assertTrue(claimsPage.contains("withHeirs=true") && claimsPage.contains("scholarshipYear=" + year));
        assertTrue(claimsPage.contains(claimsAll.total().decidedAmount().format(id)));
        assertFalse(claimsPage.contains("???"));
        String notRegistered = page(admin, "claims/index.xhtml?from=" + year + "-01-01&to=" + year
                + "-12-31&reason=NOT_REGISTERED").body();
        assertTrue(notRegistered.contains("UJI PESERTA") && notRegistered.contains("1-1"), "the one claim not covered");
        assertTrue(page(admin, "claims/index.xhtml?withHeirs=true&from=" + year + "-01-01").body()
                .contains("UJI PESERTA"), "the death with heirs");

        // the OPD operator: its own figures, no link to lists it may not open; BPJS: no budget page
        HttpClient dkupp = login("opd.dkupp");
        String dkuppBudget = page(dkupp, "reporting/budget.xhtml").body();
        assertTrue(dkuppBudget.contains("DKUPP"), "says whose figures");
        assertFalse(dkuppBudget.contains("/funding/invoices.xhtml"), "OPD operators do not open the invoices");
        assertTrue(page(dkupp, "reporting/claims.xhtml").body().contains("/claims/index.xhtml?from="));
        HttpClient bpjs = login("bpjs");
        assertEquals(403, page(bpjs, "reporting/budget.xhtml").statusCode());
        assertEquals(200, page(bpjs, "reporting/claims.xhtml").statusCode());
        HttpClient finance = login("keuangan");
        String financeClaims = page(finance, "reporting/claims.xhtml").body();
        assertFalse(financeClaims.contains("/claims/index.xhtml"), "FINANCE has no claim list");
        assertTrue(financeClaims.contains("/claims/at-risk.xhtml"), "but the claims at risk");

        // a download from the screen, in English, audited
        long downloads = count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'REPORT_DOWNLOADED' "
                + "AND username = 'admin'");
        HttpResponse<byte[]> file = admin.send(HttpRequest.newBuilder(URI.create(base() + "reporting/claims.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("claimsReport=claimsReport"
                        + "&claimsReport%3AreportLanguage_input=en&claimsReport%3AdownloadPdf="
                        + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState(claimsPage),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("%PDF", new String(file.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(downloads + 1, count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'REPORT_DOWNLOADED' "
                + "AND username = 'admin'"));
    }

    /** A browser's session of a demo user, logged in through the login form. */
    private HttpClient login(String user) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Ausername=" + user
                        + "&login%3Apassword=Demo%232026&login%3Asubmit=&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(viewState(form), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, login.statusCode(), user + " logged in");
        return browser;
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String viewState(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "the page has a view state");
        return m.group(1);
    }

    // ---------------------------------------------------------------- the figures against the tables

    /** each figure of a budget report equals its count or sum taken straight from the tables. */
    private void assertSameAsTheTables(BudgetReport r) throws SQLException {
        int y = r.year();
        String opd = r.opdCode();
        List<String> expectedSources = opd == null
                ? strings("SELECT DISTINCT source_code FROM funding.budget_line WHERE fiscal_year = ?", y)
                : strings("SELECT source_code FROM funding.budget_line WHERE fiscal_year = ? AND opd_code = ? "
                + "UNION SELECT source_code FROM funding.commitment WHERE fiscal_year = ? AND opd_code = ? "
                + "UNION SELECT i.source_code FROM funding.invoice i JOIN funding.invoice_line l "
                + "ON l.invoice_id = i.id WHERE i.fiscal_year = ? AND l.opd_code = ?", y, opd, y, opd, y, opd);
        assertEquals(new java.util.TreeSet<>(expectedSources), new java.util.TreeSet<>(
                r.sources().stream().map(BudgetReport.Source::sourceCode).toList()), "sources of " + opd);
        for (BudgetReport.Source s : r.sources()) {
            String src = s.sourceCode();
            assertSource(s, y, src, opd);
        }
        assertSource(r.total(), y, null, opd);
        assertEquals(BudgetReport.absorption(r.total().paid(), r.total().allocated()), r.total().absorption());

        Map<Integer, long[]> months = new TreeMap<>();
        String monthSql = opd == null
                ? "SELECT period_month, COUNT(*), SUM(total), SUM(CASE WHEN status = 'PAID' THEN total ELSE 0 END), "
                + "SUM(premium_lines) FROM funding.invoice WHERE fiscal_year = ? GROUP BY period_month"
                : "SELECT i.period_month, COUNT(DISTINCT i.id), SUM(l.amount), "
                + "SUM(CASE WHEN i.status = 'PAID' THEN l.amount ELSE 0 END), "
                + "SUM(CASE WHEN l.kind = 'PREMIUM' THEN 1 ELSE 0 END) FROM funding.invoice i "
                + "JOIN funding.invoice_line l ON l.invoice_id = i.id WHERE i.fiscal_year = ? AND l.opd_code = ? "
                + "GROUP BY i.period_month";
        rows(monthSql, rs -> months.put(rs.getInt(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5)}), opd == null ? new Object[]{y} : new Object[]{y, opd});
        for (BudgetReport.Month m : r.months()) {
            long[] e = months.getOrDefault(m.month(), new long[4]);
            assertEquals(e[0], m.invoices(), "invoices of month " + m.month());
            assertEquals(Rupiah.of(e[1]), m.invoiced(), "invoiced in month " + m.month());
            assertEquals(Rupiah.of(e[2]), m.paid(), "paid in month " + m.month());
            assertEquals(e[3], m.premiumLines(), "participants billed in month " + m.month());
        }

        if (opd == null) {
            assertEquals(count("SELECT COUNT(*) FROM funding.invoice WHERE fiscal_year = ? AND status = 'ISSUED'", y),
                    r.unpaid().invoices());
            assertEquals(Rupiah.of(sum("SELECT SUM(total) FROM funding.invoice WHERE fiscal_year = ? "
                    + "AND status = 'ISSUED'", y)), r.unpaid().amount());
            assertEquals(count("SELECT COUNT(*) FROM funding.arrears"), r.atRisk().participants());
            assertEquals(Rupiah.of(sum("SELECT SUM(amount) FROM funding.arrears")), r.atRisk().owed());
        } else {
            assertEquals(count("SELECT COUNT(DISTINCT i.id) FROM funding.invoice i JOIN funding.invoice_line l "
                    + "ON l.invoice_id = i.id WHERE i.fiscal_year = ? AND i.status = 'ISSUED' AND l.opd_code = ?", y, opd),
                    r.unpaid().invoices());
            assertEquals(count("SELECT COUNT(*) FROM funding.arrears WHERE opd_code = ?", opd),
                    r.atRisk().participants());
            assertEquals(Rupiah.of(sum("SELECT SUM(amount) FROM funding.arrears WHERE opd_code = ?", opd)),
                    r.atRisk().owed());
        }
    }

    private void assertSource(BudgetReport.Source s, int y, String src, String opd) throws SQLException {
        String what = (src == null ? "total" : src) + (opd == null ? "" : " of " + opd);
        String source = src == null ? "" : " AND source_code = '" + src + "'";
        String iSource = src == null ? "" : " AND i.source_code = '" + src + "'";
        if (opd == null) {
            assertEquals(Rupiah.of(sum("SELECT SUM(allocated) FROM funding.budget_line WHERE fiscal_year = ?" + source,
                    y)), s.allocated(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(committed) FROM funding.budget_line WHERE fiscal_year = ?" + source,
                    y)), s.committed(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(amount) FROM funding.commitment WHERE fiscal_year = ?" + source,
                    y)), s.committed(), what + ": the lines' running totals are the commitments' sum");
            assertEquals(Rupiah.of(sum("SELECT SUM(total) FROM funding.invoice WHERE fiscal_year = ?" + source, y)),
                    s.invoiced(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(total) FROM funding.invoice WHERE fiscal_year = ? "
                    + "AND status = 'PAID'" + source, y)), s.paid(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(amount) FROM funding.payment WHERE fiscal_year = ? "
                    + "AND status = 'PAID'" + source, y)), s.paid(), what + ": BPJS's receipts (F-05)");
            assertEquals(count("SELECT COUNT(*) FROM funding.commitment WHERE fiscal_year = ? AND state <> 'RELEASED'"
                    + source, y), s.participantsCommitted(), what);
            assertEquals(count("SELECT COUNT(DISTINCT l.participant_id) FROM funding.invoice_line l "
                    + "JOIN funding.invoice i ON i.id = l.invoice_id WHERE i.fiscal_year = ? AND i.status = 'PAID' "
                    + "AND l.kind = 'PREMIUM'" + iSource, y), s.participantsPaid(), what);
        } else {
            assertEquals(Rupiah.of(sum("SELECT SUM(allocated) FROM funding.budget_line WHERE fiscal_year = ? "
                    + "AND opd_code = ?" + source, y, opd)), s.allocated(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(amount) FROM funding.commitment WHERE fiscal_year = ? "
                    + "AND opd_code = ?" + source, y, opd)), s.committed(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(l.amount) FROM funding.invoice_line l JOIN funding.invoice i "
                    + "ON i.id = l.invoice_id WHERE i.fiscal_year = ? AND l.opd_code = ?" + iSource, y, opd)),
                    s.invoiced(), what);
            assertEquals(Rupiah.of(sum("SELECT SUM(l.amount) FROM funding.invoice_line l JOIN funding.invoice i "
                    + "ON i.id = l.invoice_id WHERE i.fiscal_year = ? AND l.opd_code = ? AND i.status = 'PAID'"
                    + iSource, y, opd)), s.paid(), what);
            assertEquals(count("SELECT COUNT(*) FROM funding.commitment WHERE fiscal_year = ? AND opd_code = ? "
                    + "AND state <> 'RELEASED'" + source, y, opd), s.participantsCommitted(), what);
            assertEquals(count("SELECT COUNT(DISTINCT l.participant_id) FROM funding.invoice_line l "
                    + "JOIN funding.invoice i ON i.id = l.invoice_id WHERE i.fiscal_year = ? AND i.status = 'PAID' "
                    + "AND l.kind = 'PREMIUM' AND l.opd_code = ?" + iSource, y, opd), s.participantsPaid(), what);
        }
        assertEquals(BudgetReport.costPerParticipant(s.paid(), s.participantsPaid()), s.costPerParticipant(), what);
    }

    /** each figure of a claims report equals its count or sum taken straight from the claims tables. */
    private void assertSameAsTheTables(ClaimReport r, String opd) throws SQLException {
        LocalDate first = LocalDate.of(r.year(), 1, 1);
        LocalDate last = LocalDate.of(r.year(), 12, 31);
        String scope = opd == null ? "" : " AND c.opd_code = '" + opd + "'";
        String year = " FROM claims.claim c WHERE c.event_date >= ? AND c.event_date <= ?" + scope;

        assertEquals(count("SELECT COUNT(*)" + year, first, last), r.total().claims());
        assertEquals(Rupiah.of(sum("SELECT SUM(expected_benefit)" + year + " AND benefit_bounded = TRUE", first,
                last)), r.total().expected());
        assertEquals(count("SELECT COUNT(*)" + year + " AND decided_amount IS NOT NULL", first, last),
                r.total().decided());
        assertEquals(Rupiah.of(sum("SELECT SUM(decided_amount)" + year, first, last)), r.total().decidedAmount());
        assertEquals(Rupiah.of(sum("SELECT SUM(decided_amount)" + year + " AND status = 'PAID'", first, last)),
                r.total().paidAmount());
        assertEquals(count("SELECT COUNT(*)" + year + " AND amount_differs = TRUE", first, last),
                r.total().amountDiffers());

        Map<String, long[]> byType = grouped("SELECT claim_type, COUNT(*), SUM(CASE WHEN benefit_bounded THEN "
                + "expected_benefit ELSE 0 END), SUM(COALESCE(decided_amount, 0))" + year + " GROUP BY claim_type",
                first, last);
        for (ClaimReport.TypeFigures t : r.byType()) {
            long[] e = byType.getOrDefault(t.type(), new long[3]);
            assertEquals(e[0], t.figures().claims(), t.type());
            assertEquals(Rupiah.of(e[1]), t.figures().expected(), t.type());
            assertEquals(Rupiah.of(e[2]), t.figures().decidedAmount(), t.type());
        }
        Map<String, long[]> byStatus = grouped("SELECT status, COUNT(*)" + year + " GROUP BY status", first, last);
        for (ClaimReport.StatusFigures s : r.byStatus()) {
            assertEquals(byStatus.getOrDefault(s.status(), new long[1])[0], s.figures().claims(), s.status());
        }
        Map<String, long[]> pairs = grouped("SELECT claim_type || '/' || status, COUNT(*)" + year
                + " GROUP BY claim_type, status", first, last);
        assertEquals(pairs.size(), r.typeStatus().size());
        for (ClaimReport.TypeStatus p : r.typeStatus()) {
            assertEquals(pairs.get(p.type() + "/" + p.status())[0], p.claims(), p.type() + "/" + p.status());
        }
        // CL-01: by the cover check's own columns, not the reasons' meaning
        Map<String, long[]> notCovered = grouped("SELECT cover_reason, COUNT(*), SUM(CASE WHEN benefit_bounded THEN "
                + "expected_benefit ELSE 0 END)" + year + " AND covered = FALSE GROUP BY cover_reason", first, last);
        assertEquals(notCovered.keySet(), new java.util.HashSet<>(r.notCovered().stream()
                .map(ClaimReport.NotCovered::reason).toList()));
        for (ClaimReport.NotCovered n : r.notCovered()) {
            assertEquals(notCovered.get(n.reason())[0], n.claims(), n.reason());
            assertEquals(Rupiah.of(notCovered.get(n.reason())[1]), n.expected(), n.reason());
        }
        assertEquals(count("SELECT COUNT(*)" + year + " AND at_risk = TRUE AND status <> 'REJECTED'", first, last),
                r.atRisk().claims());

        String heirs = " FROM claims.claim_heir h JOIN claims.claim c ON c.id = h.claim_id "
                + "WHERE c.event_date >= ? AND c.event_date <= ?" + scope;
        assertEquals(count("SELECT COUNT(*)" + heirs, first, last), r.heirs().heirs());
        assertEquals(count("SELECT COUNT(*)" + heirs + " AND h.entitled = TRUE", first, last), r.heirs().entitled());
        assertEquals(count("SELECT COUNT(DISTINCT h.claim_id)" + heirs, first, last), r.heirs().claims());
        assertEquals(r.heirs().heirs(), r.heirs().byRelation().stream().mapToLong(ClaimReport.HeirRelation::heirs)
                .sum());

        String scholarships = " FROM claims.scholarship s JOIN claims.claim c ON c.id = s.claim_id "
                + "WHERE s.school_year = ? AND c.status <> 'REJECTED'" + scope;
        assertEquals(count("SELECT COUNT(DISTINCT s.heir_id)" + scholarships, r.year()), r.scholarships().children());
        assertEquals(Rupiah.of(sum("SELECT SUM(s.amount)" + scholarships, r.year())), r.scholarships().amount());
        assertEquals(count("SELECT COUNT(DISTINCT s.claim_id)" + scholarships, r.year()), r.scholarships().claims());
    }

    private static long notCovered(ClaimReport r, String reason) {
        return r.notCovered().stream().filter(n -> n.reason().equals(reason)).mapToLong(ClaimReport.NotCovered::claims)
                .sum();
    }

    // ---------------------------------------------------------------- SQL and HTTP

    private long count(String sql, Object... args) throws SQLException {
        return enrolments.count(sql, args);
    }

    /** A sum, 0 when there are no rows. */
    private long sum(String sql, Object... args) throws SQLException {
        return enrolments.count(sql, args);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void rows(String sql, Row row, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    private List<String> strings(String sql, Object... args) throws SQLException {
        List<String> values = new ArrayList<>();
        rows(sql, rs -> values.add(rs.getString(1)), args);
        return values;
    }

    /** The first column as key, the others as numbers. */
    private Map<String, long[]> grouped(String sql, Object... args) throws SQLException {
        Map<String, long[]> groups = new HashMap<>();
        rows(sql, rs -> {
            int n = rs.getMetaData().getColumnCount() - 1;
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = rs.getLong(i + 2);
            }
            groups.put(rs.getString(1), values);
        }, args);
        return groups;
    }

    /** This server's own address, as the test's request reached it. */
    private String base() {
        return "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base() + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo#2026").getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base() + path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo#2026").getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Median and slowest of 20 calls after 3 to warm up. */
    private String timing(String path, String user) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get(path, user).statusCode());
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            assertEquals(200, get(path, user).statusCode());
            micros.add((System.nanoTime() - started) / 1000);
        }
        Collections.sort(micros);
        Function<Long, String> ms = us -> String.format("%.1f ms", us / 1000.0);
        return path + " as " + user + " p50 " + ms.apply(micros.get(micros.size() / 2)) + ", max "
                + ms.apply(micros.get(micros.size() - 1));
    }
}
