package id.rentan.it;

import id.rentan.funding.application.BudgetService;
import id.rentan.participants.api.CoverageFigures;
import id.rentan.participants.api.CoverageFigures.CoverageDimension;
import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ProposalStatistics;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.TerminationReason;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.reporting.application.CoverageReport;
import id.rentan.reporting.application.CoverageReportService;
import id.rentan.reporting.application.QualityReportService;
import id.rentan.reporting.application.ReportRenderer;
import id.rentan.reporting.application.TargetService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage and data-quality reports in Payara Micro, on the demo registry and after a series of changes
 * (registrations, a termination, a death, a lapse): every figure equals a count taken straight from the registry
 * with SQL, and the list behind it in the registry has as many rows (R-01..R-03, R-06); the seeds' 10,287 covered in
 * 2024 show; a tampered count is found and rebuilt; OPD scoping and roles; targets; downloads audited;
 * the coverage API from outside.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingIT {

    private static final String OPD = "KEC_KEDOPOK";
    private static final String SOURCE = "IT_LAPORAN";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ReportingIT.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    Enrolments enrolments;

    @Inject
    CoverageFigures figures;

    @Inject
    CoverageReportService coverage;

    @Inject
    QualityReportService quality;

    @Inject
    ProposalStatistics proposals;

    @Inject
    TargetService targets;

    @Inject
    ReportRenderer renderer;

    @Inject
    RegistryService registry;

    @Inject
    ParticipantService participants;

    @Inject
    ParticipantDirectory directory;

    @Inject
    SubmissionService submissions;

    @Inject
    BudgetService budgets;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    private static YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Jakarta"));
    }

    /** Covered in a month, straight from the registry: cover on at least one day of it (C-04). */
    private static final String COVERED = " FROM participants.participant WHERE coverage_start <= ?"
            + " AND (end_date IS NULL OR end_date >= ?)";

    private long sqlCovered(YearMonth m, String extra, Object... args) throws SQLException {
        Object[] all = new Object[args.length + 2];
        all[0] = m.atEndOfMonth();
        all[1] = m.atDay(1);
        System.arraycopy(args, 0, all, 2, args.length);
        return enrolments.count("SELECT COUNT(*)" + COVERED + extra, all);
    }

    private Map<String, Long> sqlGroups(YearMonth m, String column) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + column + ", COUNT(*)" + COVERED + " GROUP BY " + column)) {
            ps.setObject(1, m.atEndOfMonth());
            ps.setObject(2, m.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static Map<String, Long> asMap(List<CoverageReport.Group> groups) {
        Map<String, Long> out = new HashMap<>();
        groups.forEach(g -> out.put(g.key(), g.covered()));
        return out;
    }

    /** Every figure of the report for a month equals the registry's count, and the registry list behind it. */
    private void figuresEqualTheRegistry(YearMonth month) throws SQLException {
        testCaller.actAs(Callers.AUDITOR);
        CoverageReport r = coverage.report(month.getYear(), CoverageFilter.none(), Locale.ENGLISH);
        YearMonth m = r.month();
        assertEquals(sqlCovered(m, ""), r.covered(), "covered in " + m);
        assertEquals(sqlCovered(YearMonth.of(m.getYear() - 1, 12), ""), r.previousCovered());
        for (var mc : r.months()) {
            assertEquals(sqlCovered(mc.month(), ""), mc.covered(), "covered in " + mc.month());
        }
        assertEquals(sqlGroups(m, "sector_code"), asMap(r.group(CoverageDimension.SECTOR)));
        assertEquals(sqlGroups(m, "opd_code"), asMap(r.group(CoverageDimension.OPD)));
        assertEquals(sqlGroups(m, "kecamatan_code"), asMap(r.group(CoverageDimension.KECAMATAN)));
        assertEquals(sqlGroups(m, "kelurahan_code"), asMap(r.group(CoverageDimension.KELURAHAN)));
        assertEquals(sqlGroups(m, "gender"), asMap(r.group(CoverageDimension.GENDER)));
        long bands = 0;
        for (CoverageReport.Group g : r.group(CoverageDimension.AGE_BAND)) {
            // the list behind the figure: the registry's age-band filter on the month's last day
            ParticipantFilter behind = new ParticipantFilter(null, null, null, null, null, null, null,
                    ParticipantFilter.AgeBand.valueOf(g.key()), null, null, null, null, m);
            assertEquals(registry.count(behind), g.covered(), "age band " + g.key());
            bands += g.covered();
        }
        assertEquals(r.covered(), bands);
        CoverageReport.Group sector = r.group(CoverageDimension.SECTOR).get(0);
        assertEquals(registry.count(new ParticipantFilter(null, null, null, sector.key(), null, null, null, null,
                null, null, null, null, m)), sector.covered(), "the registry list behind " + sector.key());
    }

    @Test
    @Order(1)
    void theDemoRegistryShowsTheSeedsFiguresAndEveryFigureEqualsTheRegistry() throws Exception {
        figuresEqualTheRegistry(thisMonth());
        figuresEqualTheRegistry(YearMonth.of(2025, 12));
        testCaller.actAs(Callers.AUDITOR);
        // R-03 and the seeds: 10,287 covered in 2024, 11,023 in 2025 (+736), about 40% of 27,500
        CoverageReport y2024 = coverage.report(2024, CoverageFilter.none(), Locale.ENGLISH);
        assertEquals(10_287, y2024.covered());
        CoverageReport y2025 = coverage.report(2025, CoverageFilter.none(), Locale.ENGLISH);
        assertEquals(sqlCovered(YearMonth.of(2025, 12), ""), y2025.covered());
        assertEquals(11_023, y2025.covered(), "no demo death falls in 2025");
        assertEquals(736, y2025.change());
        assertEquals(27_500L, y2025.population());
        assertEquals(40.1, y2025.rate());
        // a future year has no report
        BusinessException future = assertThrows(BusinessException.class,
                () -> coverage.report(thisMonth().getYear() + 1, CoverageFilter.none(), Locale.ENGLISH));
        assertEquals("report.year.invalid", future.messageKey());
    }

    @Test
    @Order(2)
    void registrationsTerminationsDeathsAndLapsesKeepEveryFigureExact() throws Exception {
        YearMonth now = thisMonth();
        int year = now.getYear();
        testCaller.actAs(Callers.ADMIN);
        budgets.saveSource(SOURCE, "Sumber uji laporan (IT)", 8, true);
        budgets.allocate(year, SOURCE, Rupiah.of(50_000_000L), OPD, "RT_RW", "IT: pagu laporan");
        long before = sqlCovered(now, " AND opd_code = ?", OPD);
        List<Long> ids = enrolments.verified(OPD, 6);
        testCaller.actAs(Callers.VERIFIER);
        assertEquals(6, submissions.submit(ids, null).result().doneCount());
        LocalDate first = LocalDate.of(year, 1, 1);
        enrolments.registered(ids, first, List.of(first, first, first, now.atDay(1), first, first));
        testCaller.actAs(Callers.AUDITOR);
        assertEquals(before + 6, figures.covered(now, new CoverageFilter(OPD, null, null, null, null)));

        // terminated at the end of last month: covered until then, not this month
        testCaller.actAs(Callers.VERIFIER);
        participants.terminate(ids.get(0), TerminationReason.MOVED, null, now.minusMonths(1).atEndOfMonth());
        // died in March: covered through March
        testCaller.actAs(Callers.ADMIN);
        directory.markDeceased(ids.get(1), LocalDate.of(year, 3, 10));
        // four unpaid months: grace, then lapse today (covered this month still)
        testCaller.actAs(Callers.ADMIN);
        directory.applyArrears(ids.get(2), 4, now.minusMonths(4));
        assertEquals("LAPSED", enrolments.status(ids.get(2)));
        // lapsed, then died later in the year: the end moves to the death
        directory.markDeceased(ids.get(2), now.atDay(1));

        testCaller.actAs(Callers.AUDITOR);
        assertEquals(before + 4, figures.covered(now, new CoverageFilter(OPD, null, null, null, null)));
        assertEquals(sqlCovered(YearMonth.of(year, 3), " AND opd_code = ?", OPD),
                figures.covered(YearMonth.of(year, 3), new CoverageFilter(OPD, null, null, null, null)));
        assertEquals(sqlCovered(YearMonth.of(year, 4), " AND opd_code = ?", OPD),
                figures.covered(YearMonth.of(year, 4), new CoverageFilter(OPD, null, null, null, null)));
        figuresEqualTheRegistry(now);

        // the administrator's check finds nothing to repair
        testCaller.actAs(Callers.ADMIN);
        CoverageFigures.CoverageCheck clean = figures.check(false);
        assertEquals(0, clean.mismatches());
        // a count altered behind the application's back is found, and rebuilt from the registry
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE participants.coverage_flow SET starts = starts + 5 WHERE opd_code = ?")) {
            ps.setString(1, OPD);
            assertTrue(ps.executeUpdate() > 0);
        }
        assertTrue(figures.check(false).mismatches() > 0);
        CoverageFigures.CoverageCheck repaired = figures.check(true);
        assertTrue(repaired.repaired());
        assertEquals(0, figures.check(false).mismatches());
        assertTrue(enrolments.audited("COVERAGE_COUNTS_REBUILT"));
        figuresEqualTheRegistry(now);
        // only the administrator checks
        testCaller.actAs(Callers.AUDITOR);
        assertThrows(BusinessException.class, () -> figures.check(false));
    }

    @Test
    @Order(3)
    void anOpdOperatorSeesItsOwnFiguresOnlyAndRolesHold() throws Exception {
        YearMonth now = thisMonth();
        testCaller.actAs(Callers.operator("opd.dkupp", "DKUPP"));
        CoverageReport own = coverage.report(now.getYear(), CoverageFilter.none(), Locale.ENGLISH);
        assertEquals(sqlCovered(now, " AND opd_code = 'DKUPP'"), own.covered());
        assertEquals(Map.of("DKUPP", own.covered()), asMap(own.group(CoverageDimension.OPD)));
        assertNull(own.population(), "the city's population does not apply to one OPD's figures");
        assertNull(own.rate());
        // asking for another OPD's figures gives nothing of them
        assertEquals(0, coverage.report(now.getYear(), new CoverageFilter("PERIKANAN", null, null, null, null),
                Locale.ENGLISH).covered());
        // BPJS sees coverage, not the data-quality report
        testCaller.actAs(Callers.BPJS);
        assertTrue(coverage.report(now.getYear(), CoverageFilter.none(), Locale.ENGLISH).covered() > 0);
        assertThrows(BusinessException.class, () -> quality.report(now.getYear()));
        testCaller.actAs(Callers.FINANCE);
        assertTrue(coverage.report(now.getYear(), CoverageFilter.none(), Locale.ENGLISH).covered() > 0);
    }

    @Test
    @Order(4)
    void theDataQualityFiguresEqualTheHistory() throws Exception {
        int year = thisMonth().getYear();
        testCaller.actAs(Callers.VERIFIER);
        // one more refusal, with a reason
        List<Long> ids = enrolments.verified("KEC_WONOASIH", 2);
        testCaller.actAs(Callers.VERIFIER);
        participants.reject(List.of(ids.get(0)), "Bukan warga kota");
        var q = quality.report(year);
        long refused = q.rejections().stream().mapToLong(ProposalStatistics.Rejection::count).sum();
        LocalDate from = LocalDate.of(year, 1, 1);
        assertEquals(enrolments.count("SELECT COUNT(*) FROM participants.status_change WHERE to_status = 'REJECTED'"
                + " AND changed_at >= ? AND changed_at < ?", from.atStartOfDay(), from.plusYears(1).atStartOfDay()),
                refused);
        assertTrue(q.rejections().stream().anyMatch(r -> r.opdCode().equals("KEC_WONOASIH")
                && r.reason().equals("Bukan warga kota") && r.count() == 1 && r.stage().equals("VERIFICATION")));
        long proposed = q.opds().stream().mapToLong(ProposalStatistics.OpdProposals::proposed).sum();
        assertEquals(enrolments.count("SELECT COUNT(*) FROM participants.participant WHERE proposed_on >= ?"
                + " AND proposed_on < ?", from, from.plusYears(1)), proposed);
        long registered = q.opds().stream().mapToLong(ProposalStatistics.OpdProposals::registered).sum();
        assertEquals(enrolments.count("SELECT COUNT(*) FROM participants.status_change WHERE to_status = 'ACTIVE'"
                + " AND from_status = 'SUBMITTED' AND changed_at >= ? AND changed_at < ?", from.atStartOfDay(),
                from.plusYears(1).atStartOfDay()), registered);
        // an OPD operator sees its own OPD's only
        testCaller.actAs(Callers.operator("op.wonoasih", "KEC_WONOASIH"));
        assertTrue(quality.report(year).opds().stream().allMatch(o -> o.opdCode().equals("KEC_WONOASIH")));
    }

    @Test
    @Order(5)
    void theAdministratorEntersPopulationAndTargetAndDownloadsAreAudited() throws Exception {
        int year = thisMonth().getYear();
        testCaller.actAs(Callers.ADMIN);
        targets.save(year, 30_000, new BigDecimal("65"), "IT: data BPS");
        CoverageReport r = coverage.report(year, CoverageFilter.none(), Locale.forLanguageTag("id"));
        assertEquals(30_000L, r.population());
        assertEquals(19_500L, r.targetPeople());
        assertEquals(Math.max(0, 19_500 - r.covered()), r.gapPeople());
        assertEquals(r.monthlyPremium().times(r.gapPeople()).times(12), r.gapPerYear());
        assertTrue(enrolments.audited("COVERAGE_TARGET_CHANGED") || enrolments.audited("COVERAGE_TARGET_ENTERED"));
        BusinessException bad = assertThrows(BusinessException.class,
                () -> targets.save(year, 30_000, new BigDecimal("150"), null));
        assertEquals("target.percent.invalid", bad.messageKey());
        testCaller.actAs(Callers.AUDITOR);
        assertThrows(BusinessException.class, () -> targets.save(year, 1, BigDecimal.TEN, null));
        assertEquals(30_000L, targets.all().stream().filter(t -> t.year() == year).findFirst().orElseThrow()
                .population(), "a refused change leaves the figures as they were");

        // the report as XLSX and PDF, in both languages
        for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            renderer.xlsx(coverage.document(r, locale), locale, xlsx);
            assertEquals("PK", new String(xlsx.toByteArray(), 0, 2, StandardCharsets.ISO_8859_1));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            renderer.pdf(coverage.document(r, locale), locale, pdf);
            assertEquals("%PDF", new String(pdf.toByteArray(), 0, 4, StandardCharsets.ISO_8859_1));
            assertTrue(pdf.size() > 3_000);
        }
        coverage.downloaded(r, "pdf");
        assertTrue(enrolments.audited("REPORT_DOWNLOADED"));
    }

    // ---- from outside -------------------------------------------------------------------------------------------

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo#2026").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void theCoverageApiAnswersAsTheScreens() throws Exception {
        HttpResponse<String> y2025 = get("api/v1/reports/coverage?year=2025&groupBy=sector", "auditor");
        assertEquals(200, y2025.statusCode(), y2025.body());
        JsonObject body = json(y2025.body());
        assertEquals(2025, body.getInt("year"));
        assertEquals(11_023, body.getJsonNumber("active").longValue());
        assertEquals(27_500, body.getJsonNumber("population").longValue());
        assertEquals(40.1, body.getJsonNumber("rate").doubleValue());
        assertEquals(10_287, body.getJsonNumber("previousYear").longValue());
        assertEquals(736, body.getJsonNumber("change").longValue());
        long sum = 0;
        for (JsonValue g : body.getJsonArray("groups")) {
            sum += g.asJsonObject().getJsonNumber("active").longValue();
        }
        assertEquals(11_023, sum);
        assertTrue(body.getJsonArray("groups").stream().anyMatch(g -> g.asJsonObject().getString("key")
                .equals("NELAYAN")));

        JsonObject dkupp = json(get("api/v1/reports/coverage?year=2025&groupBy=opd",
                "opd.dkupp").body());
        assertEquals("DKUPP", dkupp.getString("scope"));
        assertTrue(dkupp.isNull("population"));
        assertEquals(1, dkupp.getJsonArray("groups").size());

        assertEquals(200, get("api/v1/reports/coverage?groupBy=kelurahan", "bpjs").statusCode());
        assertEquals(422, get("api/v1/reports/coverage?year=2100", "auditor").statusCode());
        assertEquals(422, get("api/v1/reports/coverage?groupBy=planet", "auditor").statusCode());
        assertEquals(422, get("api/v1/reports/coverage?groupBy=ageBand&kecamatan=35.74.01", "auditor").statusCode());
        assertEquals(401, get("api/v1/reports/coverage", null).statusCode());
        HttpResponse<String> pdf = get("api/v1/reports/coverage?year=2025&format=pdf&lang=en", "auditor");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF"));
        HttpResponse<String> xlsx = get("api/v1/reports/coverage?year=2025&format=xlsx", "opd.perikanan");
        assertEquals(200, xlsx.statusCode());
        assertTrue(get("openapi", "auditor").body().contains("/api/v1/reports/coverage"));
        // the registry list behind a figure, over the API
        JsonObject behind = json(get(
                "api/v1/participants/count?coveredIn=2025-12&sector=NELAYAN", "auditor").body());
        long nelayan = body.getJsonArray("groups").stream().map(JsonValue::asJsonObject)
                .filter(g -> g.getString("key").equals("NELAYAN")).findFirst().orElseThrow()
                .getJsonNumber("active").longValue();
        assertEquals(nelayan, behind.getJsonNumber("total").longValue());
        assertEquals(422, get("api/v1/participants/count?coveredIn=2025-13", "auditor").statusCode());
    }
}
