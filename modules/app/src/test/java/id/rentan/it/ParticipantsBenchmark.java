package id.rentan.it;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.ImportService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantFilter.AgeBand;
import id.rentan.participants.infrastructure.SyntheticParticipants;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
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
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participants benchmark (not part of the test suite: run it with {@code mvn -Pbench verify}, see the README).
 * Inside a real Payara Micro on an H2 file database, with the application's own services:
 * <ol>
 *     <li>fills the registry up to {@code bench.participants} (default 1,000,000) synthetic participants;</li>
 *     <li>imports a fresh 100,000-row CSV through {@link ImportService} (read, check every rule, write, commit), and
 *     inserts the same rows with plain JDBC batches for comparison (then removes them again);</li>
 *     <li>runs the registry's list query as OPD operators (OPD-scoped) with a mix of filters, sorts and pages, and
 *     from outside over the REST API, and reports p50/p95/max.</li>
 * </ol>
 * The figures go to {@code bench.report} (and the console). It measures; it does not pass or fail on time.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipantsBenchmark {

    private static final Caller DKUPP = new Caller("opd.dkupp", java.util.Set.of(Role.OPD_OPERATOR), "DKUPP");
    private static final Caller PERIKANAN = new Caller("opd.perikanan", java.util.Set.of(Role.OPD_OPERATOR), "PERIKANAN");
    private static final Caller PERTANIAN = new Caller("opd.pertanian", java.util.Set.of(Role.OPD_OPERATOR), "PERTANIAN");
    private static final int IMPORT_ROWS = 100_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ParticipantsBenchmark.class, RegistryRows.class, AsCaller.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    ImportService imports;

    @Inject
    RegistryService registry;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void importIntoARegistryOfTheProgrammesSize() throws Exception {
        String file = System.getProperty("bench.report");
        if (file != null) {
            Files.deleteIfExists(Path.of(file)); // a fresh report per run
        }
        report("Rentan participants benchmark, " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + databaseProduct());
        measureImport();
    }

    @Test
    @Order(2)
    void fillTheRegistry() throws Exception {
        int target = Integer.getInteger("bench.participants", 1_000_000);
        long existing = count("SELECT COUNT(*) FROM participants.participant");
        if (existing >= target) {
            report(String.format("Registry: %,d participants already there", existing));
        } else {
            long started = System.nanoTime();
            seed((int) (target - existing));
            long ms = (System.nanoTime() - started) / 1_000_000;
            report(String.format("Registry filled to %,d participants (%,d seeded in %.1f s, %,d rows/s)", target,
                    target - existing, ms / 1000.0, (target - existing) * 1000L / Math.max(1, ms)));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
        for (String opd : List.of("DKUPP", "PERIKANAN", "PERTANIAN")) {
            report(String.format("  %s: %,d participants", opd,
                    count("SELECT COUNT(*) FROM participants.participant WHERE opd_code = '" + opd + "'")));
        }
    }

    @Test
    @Order(3)
    void importIntoAMillion() throws Exception {
        measureImport();
    }

    /**
     * A warm-up, then the raw JDBC floor: 100,000 fresh rows inserted by plain batches into the same table, in file
     * order and in NIK order, each removed again; then the import of the same rows. The database settles (checkpoint,
     * pause) between the timed steps.
     */
    private void measureImport() throws Exception {
        LocalDate today = LocalDate.now();
        long registry = count("SELECT COUNT(*) FROM participants.participant");
        // warm-up: the same code paths on a small file (a dry run and a saved import, removed again; raw inserts)
        testCaller.actAs(DKUPP);
        imports.run(null, csv(rows(10_000, System.nanoTime(), today)), "warmup.csv", true, null);
        var warmup = imports.run(null, csv(rows(10_000, System.nanoTime(), today)), "warmup.csv", false, null);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM participants.participant WHERE import_id = " + warmup.importId());
        }
        List<SyntheticParticipants.Row> warm = withoutHeldNiks(rows(10_000, System.nanoTime(), today));
        rawInsert(warm, today);
        removeRaw(warm.size());
        settle();

        // fresh NIKs: none of them already in the registry
        List<SyntheticParticipants.Row> rows = withoutHeldNiks(rows(IMPORT_ROWS + 1_000, System.nanoTime(), today))
                .subList(0, IMPORT_ROWS);
        byte[] file = csv(rows);

        // 1. the floor: plain JDBC batches of the same rows into the same table, one commit; removed again
        long rawMs = rawInsert(rows, today);
        removeRaw(rows.size());
        settle();
        List<SyntheticParticipants.Row> byNik = new ArrayList<>(rows);
        byNik.sort(java.util.Comparator.comparing(SyntheticParticipants.Row::nik));
        long rawSortedMs = rawInsert(byNik, today);
        removeRaw(byNik.size());
        settle();

        // 2. the import, as the OPD operator's upload runs it: parse, check every rule, write, commit
        testCaller.actAs(DKUPP);
        long started = System.nanoTime();
        var result = imports.run(null, file, "bench-100k.csv", false, null);
        long importMs = (System.nanoTime() - started) / 1_000_000;

        report(String.format("Import of %,d rows (CSV, %.1f MB) into a registry of %,d, validated and committed:"
                        + " %,d ms (accepted %,d, rejected %,d, duplicates %,d, with warnings %,d)", IMPORT_ROWS,
                file.length / 1048576.0, registry, importMs, result.accepted(), result.rejected(),
                result.duplicates(), result.warnings()));
        report(String.format("  raw H2 JDBC batch insert of the same %,d rows into the same table"
                + " (1,000 a batch, one commit): %,d ms in file order, %,d ms in NIK order (as the import writes)",
                rows.size(), rawMs, rawSortedMs));
        assertEquals(IMPORT_ROWS, result.total());
        assertTrue(result.accepted() > IMPORT_ROWS * 0.99, "the synthetic rows are valid");
    }

    /** Lets the database write out and tidy up what the previous step left, so each timed step starts alike. */
    private void settle() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
        System.gc();
        Thread.sleep(2000);
    }

    private void removeRaw(int expected) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(expected, s.executeUpdate("DELETE FROM participants.participant WHERE import_id = -1"));
        }
    }

    @Test
    @Order(4)
    void listQueriesOpdScoped() throws Exception {
        LocalDate today = LocalDate.now();
        List<Caller> callers = List.of(DKUPP, PERIKANAN, PERTANIAN);
        Map<String, Supplier<ParticipantFilter>> shapes = shapes(new Random(7));
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Random random = new Random(11);
        // warm-up
        for (int i = 0; i < 200; i++) {
            for (var shape : shapes.entrySet()) {
                testCaller.actAs(callers.get(i % callers.size()));
                registry.search(shape.getValue().get(), page(shape.getKey(), random));
            }
            if (i == 20) {
                break;
            }
        }
        int rounds = Integer.getInteger("bench.rounds", 50);
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            for (var shape : shapes.entrySet()) {
                testCaller.actAs(callers.get(i % callers.size()));
                ParticipantFilter filter = shape.getValue().get();
                PageRequest page = page(shape.getKey(), random);
                long started = System.nanoTime();
                Page<ParticipantSummary> result = registry.search(filter, page);
                long micros = (System.nanoTime() - started) / 1000;
                times.computeIfAbsent(shape.getKey(), k -> new ArrayList<>()).add(micros);
                all.add(micros);
                String opd = callers.get(i % callers.size()).opd().orElseThrow();
                assertTrue(result.items().stream().allMatch(p -> p.opdCode().equals(opd)), "OPD-scoped");
            }
        }
        report(String.format("List query (RegistryService.search: a page of 25 and whether more follow), OPD-scoped as the"
                + " three sector OPDs in turn, %,d queries:", all.size()));
        report(String.format("  %-44s %8s %8s %8s", "filter", "p50 ms", "p95 ms", "max ms"));
        for (var e : times.entrySet()) {
            report(line(e.getKey(), e.getValue()));
        }
        report(line("ALL", all));
    }

    @Test
    @Order(5)
    @RunAsClient
    void listOverTheApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("opd.dkupp:Demo#2026".getBytes(StandardCharsets.UTF_8));
        List<String> queries = List.of("", "status=ACTIVE", "kecamatan=35.74.03", "kelurahan=35.74.01.1001&status=ACTIVE",
                "name=SITI", "nik=357403", "ageBand=FROM_35_TO_44", "status=CANDIDATE", "page=20", "sort=fullName");
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 31; round++) {
            for (String q : queries) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + "api/v1/participants?size=25&" + q))
                        .header("Authorization", auth).GET().build();
                long started = System.nanoTime();
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                long micros = (System.nanoTime() - started) / 1000;
                assertEquals(200, r.statusCode(), q + ": " + r.body());
                if (round > 0) {
                    times.add(micros); // the first round warms up
                }
            }
        }
        report(line("REST GET /api/v1/participants (HTTP, JSON)", times));
        String file = System.getProperty("bench.report");
        if (file != null) {
            System.out.println();
            System.out.println(Files.readString(Path.of(file)));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Map<String, Supplier<ParticipantFilter>> shapes(Random random) {
        String[] kecamatan = {"35.74.01", "35.74.02", "35.74.03", "35.74.04", "35.74.05"};
        String[] kelurahan = {"35.74.01.1001", "35.74.02.1007", "35.74.03.1007", "35.74.04.1003", "35.74.05.1005"};
        String[] names = {"SITI", "AHMAD", "NUR", "BUDI S", "DEWI", "MUHAMMAD R"};
        AgeBand[] bands = {AgeBand.UNDER_25, AgeBand.FROM_25_TO_34, AgeBand.FROM_35_TO_44, AgeBand.FROM_45_TO_54,
                AgeBand.FROM_55_TO_64};
        Map<String, Supplier<ParticipantFilter>> shapes = new LinkedHashMap<>();
        shapes.put("no filter (newest first)", () -> filter(null, null, null, null, null, null));
        shapes.put("status ACTIVE", () -> filter(null, null, ParticipantStatus.ACTIVE, null, null, null));
        shapes.put("status CANDIDATE", () -> filter(null, null, ParticipantStatus.CANDIDATE, null, null, null));
        shapes.put("kecamatan", () -> filter(null, null, null, pick(random, kecamatan), null, null));
        shapes.put("kelurahan + status ACTIVE", () -> filter(null, null, ParticipantStatus.ACTIVE, null,
                pick(random, kelurahan), null));
        shapes.put("age band", () -> filter(null, null, null, null, null, pick(random, bands)));
        shapes.put("kelurahan + age band", () -> filter(null, null, null, null, pick(random, kelurahan),
                pick(random, bands)));
        shapes.put("name prefix", () -> filter(null, pick(random, names), null, null, null, null));
        shapes.put("NIK prefix (6 digits)", () -> filter(pick(random, new String[] {"357401", "357403", "357405"}),
                null, null, null, null, null));
        shapes.put("NIK exact", () -> filter("3574031207850001", null, null, null, null, null));
        shapes.put("no filter, page 20", () -> filter(null, null, null, null, null, null));
        shapes.put("sorted by name", () -> filter(null, null, null, null, null, null));
        return shapes;
    }

    private static ParticipantFilter filter(String nik, String name, ParticipantStatus status, String kecamatan,
                                            String kelurahan, AgeBand band) {
        return new ParticipantFilter(nik, name, status, null, null, kecamatan, kelurahan, band, null, null, null);
    }

    private static PageRequest page(String shape, Random random) {
        if (shape.contains("page 20")) {
            return PageRequest.of(19, 25);
        }
        if (shape.contains("sorted by name")) {
            return PageRequest.ofOffset(0, 25, "fullName", true);
        }
        return PageRequest.of(0, 25);
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String line(String label, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        sorted.sort(null);
        return String.format(Locale.ROOT, "  %-44s %8.1f %8.1f %8.1f", label, percentile(sorted, 50) / 1000.0,
                percentile(sorted, 95) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<SyntheticParticipants.Row> rows(int n, long seed, LocalDate today) {
        SyntheticParticipants generator = new SyntheticParticipants(seed, today);
        List<SyntheticParticipants.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(generator.next("UMKM"));
        }
        return rows;
    }

    private static byte[] csv(List<SyntheticParticipants.Row> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 160);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(String.join(",", SyntheticParticipants.COLUMNS));
            out.write('\n');
            for (SyntheticParticipants.Row row : rows) {
                out.write(String.join(",", row.cells()));
                out.write('\n');
            }
        }
        return bytes.toByteArray();
    }

    /** Plain JDBC: the same rows and values the import writes (as CANDIDATEs of DKUPP), one commit; returns ms. */
    private long rawInsert(List<SyntheticParticipants.Row> rows, LocalDate today) throws SQLException {
        long firstId = count("SELECT COALESCE(MAX(id), 0) FROM participants.participant") + 50_000_000L;
        Timestamp at = Timestamp.valueOf(LocalDateTime.now());
        java.util.Iterator<SyntheticParticipants.Row> source = rows.iterator();
        int[] n = {0};
        java.util.Iterator<RegistryRows.Row> toWrite = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public RegistryRows.Row next() {
                int line = n[0]++;
                return new RegistryRows.Row(firstId + line, source.next(), "DKUPP", ParticipantStatus.CANDIDATE, null, null,
                        today, null, -1L, line + 2, at);
            }
        };
        long started = System.nanoTime();
        RegistryRows.write(dataSource, toWrite, Integer.MAX_VALUE);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Adds n participants in the statuses of a running programme (mostly ACTIVE), committed every 50,000. */
    private void seed(int n) throws SQLException {
        LocalDate today = LocalDate.now();
        SyntheticParticipants generator = new SyntheticParticipants(42, today);
        generator.reserve(allNiks());
        long firstId = count("SELECT COALESCE(MAX(id), 0) FROM participants.participant") + 10_000_000L;
        Random random = new Random(42);
        int[] i = {0};
        RegistryRows.write(dataSource, new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return i[0] < n;
            }

            @Override
            public RegistryRows.Row next() {
                int k = i[0]++;
                SyntheticParticipants.Row r = generator.next(k, n);
                int dice = random.nextInt(100);
                ParticipantStatus status = dice < 82 ? ParticipantStatus.ACTIVE : dice < 85 ? ParticipantStatus.GRACE
                        : dice < 88 ? ParticipantStatus.LAPSED : dice < 91 ? ParticipantStatus.TERMINATED
                        : dice < 92 ? ParticipantStatus.DECEASED : dice < 95 ? ParticipantStatus.CANDIDATE
                        : dice < 97 ? ParticipantStatus.VERIFIED : dice < 98 ? ParticipantStatus.SUBMITTED
                        : ParticipantStatus.REJECTED;
                boolean covered = status.ordinal() >= ParticipantStatus.ACTIVE.ordinal();
                LocalDate start = LocalDate.of(2024, 1, 1).plusMonths(random.nextInt(34));
                LocalDate proposed = covered ? start.minusMonths(1) : today.minusDays(random.nextInt(60));
                LocalDate end = status.holdsEnrolment() || !covered ? null : today.minusDays(random.nextInt(300));
                return new RegistryRows.Row(firstId + k, r, r.opd(), status, covered ? String.format("25%09d", k) : null,
                        covered ? start : null, proposed, end, null, null, Timestamp.valueOf(proposed.atTime(9, 0)));
            }
        }, 50_000);
        // the sequence continues above the seeded ids
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SEQUENCE participants.participant_seq RESTART WITH " + (firstId + n + 1_000_000L));
        }
    }

    private List<String> allNiks() throws SQLException {
        List<String> niks = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nik FROM participants.participant")) {
            while (rs.next()) {
                niks.add(rs.getString(1));
            }
        }
        return niks;
    }

    private List<SyntheticParticipants.Row> withoutHeldNiks(List<SyntheticParticipants.Row> rows) throws SQLException {
        java.util.Set<String> held = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT active_nik FROM participants.participant WHERE active_nik = ANY(?)")) {
            for (int from = 0; from < rows.size(); from += 10_000) {
                Object[] niks = rows.subList(from, Math.min(rows.size(), from + 10_000)).stream()
                        .map(SyntheticParticipants.Row::nik).toArray();
                ps.setArray(1, c.createArrayOf("VARCHAR", niks));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        held.add(rs.getString(1));
                    }
                }
            }
        }
        return rows.stream().filter(r -> !held.contains(r.nik())).toList();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String databaseProduct() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion()
                    + " (" + c.getMetaData().getURL().replaceAll(";.*", "") + ")";
        }
    }

    private static void report(String line) {
        System.out.println(line);
        String file = System.getProperty("bench.report");
        if (file == null) {
            return;
        }
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
