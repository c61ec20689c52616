package id.rentan.it;

import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.infrastructure.JpaCoverageFlows;
import id.rentan.participants.infrastructure.SyntheticParticipants;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.reporting.application.CoverageReport;
import id.rentan.reporting.application.CoverageReportService;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reporting benchmark (not part of the test suite: {@code mvn -Pbench verify -pl modules/app
 * -Dit.test=ReportingBenchmark}, see the README), in Payara Micro on the benchmarks' H2 file database:
 * <ol>
 *     <li>fills the registry to {@code bench.participants} (default 1,000,000) with cover starting over the last 24
 *     months (some ended since) and recounts the coverage counts from it;</li>
 *     <li>the coverage dashboard's work (the report with every breakdown) as the auditor and as an OPD operator, and
 *     the coverage API over HTTP for each grouping: p50/p95 of 200 calls each after a warm-up;</li>
 *     <li>an XLSX export of 100,000 participants (the registry's streamed export) with the heap it used;</li>
 *     <li>the yearly coverage report as PDF.</li>
 * </ol>
 * Figures go to {@code reporting-benchmark.txt} in {@code bench.dir}. It measures; targets are judged by the reader.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingBenchmark {

    /** The rows of the export measured carry this import id. */
    private static final long EXPORT_MARK = 990_000_001L;
    private static final int EXPORT_ROWS = 100_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ReportingBenchmark.class, RegistryRows.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    CoverageReportService coverage;

    @Inject
    ReportRenderer renderer;

    @Inject
    RegistryService registry;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** The bench folder: where the participants' report goes (bench.report is passed to the server by arquillian.xml). */
    private static Path benchDir() {
        String participants = System.getProperty("bench.report");
        return participants == null ? Path.of("target", "bench") : Path.of(participants).toAbsolutePath().getParent();
    }

    private static Path reportFile() {
        return benchDir().resolve("reporting-benchmark.txt");
    }

    private static void report(String line) throws Exception {
        System.out.println("[bench] " + line);
        Files.createDirectories(reportFile().getParent());
        Files.writeString(reportFile(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    @Order(1)
    void fillTheRegistry() throws Exception {
        Files.deleteIfExists(reportFile());
        report("Rentan reporting benchmark, " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        int target = Integer.getInteger("bench.participants", 1_000_000);
        long existing = count("SELECT COUNT(*) FROM participants.participant");
        if (existing < target) {
            long started = System.nanoTime();
            seed((int) (target - existing));
            report(String.format(Locale.ROOT, "Registry filled to %,d participants in %.1f s", target,
                    (System.nanoTime() - started) / 1e9));
        } else {
            report(String.format(Locale.ROOT, "Registry: %,d participants already there", existing));
        }
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : JpaCoverageFlows.REBUILD) {
                s.executeUpdate(sql);
            }
            s.execute("ANALYZE");
        }
        report(String.format(Locale.ROOT, "Coverage counts recounted from the registry in %.1f s: %,d + %,d rows"
                        + " (covered participants: %,d)", (System.nanoTime() - started) / 1e9,
                count("SELECT COUNT(*) FROM participants.coverage_flow"),
                count("SELECT COUNT(*) FROM participants.coverage_age_flow"),
                count("SELECT COUNT(*) FROM participants.participant WHERE coverage_start IS NOT NULL")));
    }

    @Test
    @Order(2)
    void coverageDashboardAndApi() throws Exception {
        int year = LocalDate.now().getYear();
        testCaller.actAs(Callers.AUDITOR);
        CoverageReport all = coverage.report(year, CoverageFilter.none(), Locale.ENGLISH);
        long sqlNow = count("SELECT COUNT(*) FROM participants.participant WHERE coverage_start <= DATE '"
                + all.month().atEndOfMonth() + "' AND (end_date IS NULL OR end_date >= DATE '" + all.month().atDay(1)
                + "')");
        assertEquals(sqlNow, all.covered(), "the report equals the registry");
        report(String.format(Locale.ROOT, "Covered in %s: %,d (registry count: %,d)", all.month(), all.covered(),
                sqlNow));
        measure("Dashboard report, auditor (24 months + 6 breakdowns)",
                () -> coverage.report(year, CoverageFilter.none(), Locale.ENGLISH));
        testCaller.actAs(Callers.operator("opd.dkupp", "DKUPP"));
        measure("Dashboard report, OPD operator DKUPP",
                () -> coverage.report(year, CoverageFilter.none(), Locale.ENGLISH));
        testCaller.actAs(Callers.AUDITOR);
        measure("Dashboard report, auditor, previous year filtered by sector",
                () -> coverage.report(year - 1, new CoverageFilter(null, "NELAYAN", null, null, null),
                        Locale.ENGLISH));

        String base = "http://localhost:" + request.getLocalPort() + "/";
        HttpClient client = HttpClient.newHttpClient();
        for (String[] who : new String[][]{{"auditor", "kelurahan"}, {"auditor", "sector"}, {"auditor", "opd"},
                {"opd.dkupp", "kecamatan"}}) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "api/v1/reports/coverage?year=" + year
                            + "&groupBy=" + who[1]))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (who[0] + ":Demo#2026").getBytes(StandardCharsets.UTF_8))).GET().build();
            HttpResponse<String> first = client.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode(), first.body());
            measure("Coverage API as " + who[0] + ", groupBy=" + who[1], () -> {
                try {
                    HttpResponse<String> r = client.send(get, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(r.statusCode() + " " + r.body());
                    }
                    return r;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private void measure(String what, Supplier<?> call) throws Exception {
        for (int i = 0; i < 30; i++) {
            call.get();
        }
        long[] ms = new long[200];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        report(String.format(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (200 calls)", what,
                ms[100] / 1000.0, ms[190] / 1000.0, ms[199] / 1000.0));
    }

    @Test
    @Order(3)
    void anXlsxExportOfAHundredThousandParticipants() throws Exception {
        testCaller.actAs(Callers.AUDITOR);
        ParticipantFilter filter = new ParticipantFilter(null, null, null, null, null, null, null, null, EXPORT_MARK,
                null, null);
        assertEquals(EXPORT_ROWS, registry.count(filter));
        Path file = benchDir().resolve("export-100k.xlsx");
        for (int run = 0; run < 4; run++) {
            boolean memory = run == 3;
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long base = rt.totalMemory() - rt.freeMemory();
            AtomicLong peak = new AtomicLong(base);
            // the last run measures the live heap: a full collection every 250 ms, then what is still in use
            Thread sampler = new Thread(() -> {
                while (memory && !Thread.currentThread().isInterrupted()) {
                    System.gc();
                    peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t = System.nanoTime();
            int rows;
            try (OutputStream out = Files.newOutputStream(file)) {
                rows = registry.export(filter, TableWriter.xlsx(out, "Peserta"));
            }
            long ms = (System.nanoTime() - t) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            assertEquals(EXPORT_ROWS, rows);
            if (memory) {
                report(String.format(Locale.ROOT, "XLSX export of %,d participants with a full collection every 250 ms:"
                                + " live heap at most %,d MB above the %,d MB before it (%,d ms)", rows,
                        Math.max(0, peak.get() - base) / (1024 * 1024), base / (1024 * 1024), ms));
            } else {
                report(String.format(Locale.ROOT, "XLSX export of %,d participants: %,d ms, %.1f MB file", rows, ms,
                        Files.size(file) / 1e6));
            }
        }
    }

    @Test
    @Order(4)
    void aYearlyPdf() throws Exception {
        int year = LocalDate.now().getYear() - 1;
        testCaller.actAs(Callers.AUDITOR);
        Path file = benchDir().resolve("coverage-" + year + ".pdf");
        for (int run = 0; run < 5; run++) {
            long t = System.nanoTime();
            CoverageReport r = coverage.report(year, CoverageFilter.none(), Locale.forLanguageTag("id"));
            try (OutputStream out = Files.newOutputStream(file)) {
                renderer.pdf(coverage.document(r, Locale.forLanguageTag("id")), Locale.forLanguageTag("id"), out);
            }
            report(String.format(Locale.ROOT, "Yearly coverage PDF %d (report + render): %,d ms, %,d KB", year,
                    (System.nanoTime() - t) / 1_000_000, Files.size(file) / 1024));
        }
        assertTrue(Files.size(file) > 3_000);
    }

    /** Synthetic participants: most covered from a month of the last 24, some ended since, the rest in proposal. */
    private void seed(int n) throws SQLException {
        LocalDate today = LocalDate.now();
        SyntheticParticipants generator = new SyntheticParticipants(7, today);
        List<String> taken = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nik FROM participants.participant")) {
            while (rs.next()) {
                taken.add(rs.getString(1));
            }
        }
        generator.reserve(taken);
        long firstId = count("SELECT COALESCE(MAX(id), 0) FROM participants.participant") + 20_000_000L;
        boolean marked = count("SELECT COUNT(*) FROM participants.participant WHERE import_id = " + EXPORT_MARK) > 0;
        Random random = new Random(7);
        YearMonth first = YearMonth.from(today).minusMonths(23);
        int[] next = {0};
        RegistryRows.write(dataSource, new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return next[0] < n;
            }

            @Override
            public RegistryRows.Row next() {
                int k = next[0]++;
                SyntheticParticipants.Row r = generator.next(k, n);
                int dice = random.nextInt(100);
                ParticipantStatus status = dice < 86 ? ParticipantStatus.ACTIVE : dice < 88 ? ParticipantStatus.GRACE
                        : dice < 93 ? ParticipantStatus.TERMINATED : dice < 94 ? ParticipantStatus.DECEASED
                        : dice < 97 ? ParticipantStatus.CANDIDATE : ParticipantStatus.VERIFIED;
                boolean covered = status.ordinal() >= ParticipantStatus.ACTIVE.ordinal();
                LocalDate start = first.plusMonths(random.nextInt(24)).atDay(1);
                LocalDate end = covered && !status.holdsEnrolment()
                        ? start.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay())))
                        : null;
                LocalDate proposed = covered ? start.minusMonths(1) : today.minusDays(random.nextInt(60));
                return new RegistryRows.Row(firstId + k, r, r.opd(), status,
                        covered ? String.format("26%09d", k) : null, covered ? start : null, proposed, end,
                        !marked && k < EXPORT_ROWS ? EXPORT_MARK : null, null,
                        Timestamp.valueOf(proposed.atTime(9, 0)));
            }
        }, 50_000);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SEQUENCE participants.participant_seq RESTART WITH " + (firstId + n + 1_000_000L));
        }
    }
}
