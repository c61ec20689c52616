package id.rentan.it;

import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.LedgerService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding benchmark (not part of the test suite: {@code mvn -Pbench verify -pl modules/app
 * -Dit.test=FundingBenchmark}, see the README), in Payara Micro on the benchmarks' H2 file database:
 * <ol>
 *     <li>an invoice for a month with 100,000 billed participants at twelve reported incomes (so twelve rates), lines
 *     frozen, through {@link InvoiceService}
 *     (a new funding source per run, whose 100,000 covered commitments are written first with JDBC batches);</li>
 *     <li>verification of a ledger of at least 100,000 entries through {@link LedgerService} (entries are appended
 *     through the repository, as payments do, until the ledger holds that many).</li>
 * </ol>
 * The figures go to {@code funding-benchmark.txt} in {@code bench.dir} and the console. It measures; targets (2 s
 * each) are judged by the reader of the report.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingBenchmark {

    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null);
    private static final Caller FINANCE = new Caller("keuangan", Set.of(Role.FINANCE), null);
    private static final Caller AUDITOR = new Caller("auditor", Set.of(Role.AUDITOR), null);
    private static final int BILLED = 100_000;
    private static final int LEDGER = 100_000;
    /** Reported incomes of the billed participants: twelve, Rp1,000,000 to Rp3,750,000 (C-01: each its own rate). */
    private static final int INCOMES = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FundingBenchmark.class, AsCaller.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    BudgetService budgets;

    @Inject
    InvoiceService invoices;

    @Inject
    LedgerService ledger;

    @Inject
    FundingRepository repository;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    private static String source;
    private static Invoice first;

    @Test
    @Order(1)
    void invoiceOfAHundredThousandBilledParticipants() throws Exception {
        Path file = reportFile();
        Files.deleteIfExists(file);
        report("Rentan funding benchmark, " + LocalDateTime.now().withNano(0) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        int year = YearMonth.now().getYear() - 1;
        source = "B" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyMMddHHmmss"));
        testCaller.actAs(ADMIN);
        budgets.saveSource(source, "Benchmark " + source, 50, true);
        budgets.allocate(year, source, Rupiah.of(12 * premiums()), null, null, "benchmark");
        long line = budgets.overview(year).stream().filter(f -> source.equals(f.sourceCode())).findFirst()
                .orElseThrow().lineId();
        long started = System.nanoTime();
        writeCommitments(year, line);
        report(String.format(Locale.ROOT, "Setup: %,d covered commitments of source %s written in %.1f s", BILLED,
                source, (System.nanoTime() - started) / 1e9));

        testCaller.actAs(FINANCE);
        List<Long> ms = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            long t0 = System.nanoTime();
            Invoice invoice = invoices.generate(year, month, source);
            ms.add((System.nanoTime() - t0) / 1_000_000);
            assertEquals(BILLED, invoice.premiumLines());
            assertEquals(Rupiah.of(premiums()), invoice.total(), "each line at its income's rate");
            if (first == null) {
                first = invoice;
            }
        }
        report(String.format(Locale.ROOT, "Invoice with %,d frozen lines at %d income rates (generate + commit), "
                + "3 months: %s ms; best %d ms, worst %d ms (target <= 2000 ms)", BILLED, INCOMES, ms,
                Collections.min(ms), Collections.max(ms)));
    }

    @Test
    @Order(2)
    void verificationOfAHundredThousandLedgerEntries() throws Exception {
        testCaller.actAs(ADMIN);
        long existing = count("SELECT COUNT(*) FROM funding.ledger_entry");
        long started = System.nanoTime();
        int added = 0;
        while (existing + added < LEDGER) {
            tx.begin();
            try {
                LocalDateTime now = LocalDateTime.now();
                for (int i = 0; i < 2_000 && existing + added < LEDGER; i++, added++) {
                    repository.append(new FundingRepository.LedgerDraft(LedgerEntryType.PAYMENT_APPROVED,
                            first.fiscalYear(), first.month(), first.sourceCode(), first.id(), null, Rupiah.of(16_800),
                            "SP2D/BENCH/" + (existing + added), "SPM/BENCH", "Benchmark entry"), "bench", now);
                }
                tx.commit();
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
        }
        long total = existing + added;
        report(String.format(Locale.ROOT, "Setup: ledger holds %,d entries (%,d appended in %.1f s)", total, added,
                (System.nanoTime() - started) / 1e9));
        testCaller.actAs(AUDITOR);
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            LedgerVerification.Result r = ledger.verify();
            ms.add((System.nanoTime() - t0) / 1_000_000);
            assertTrue(r.valid(), r.toString());
            assertEquals(total, r.entries());
        }
        report(String.format(Locale.ROOT, "Ledger verification of %,d entries, 3 runs: %s ms; best %d ms, worst %d ms "
                + "(target <= 2000 ms)", total, ms, Collections.min(ms), Collections.max(ms)));
    }

    private void writeCommitments(int year, long line) throws Exception {
        // synthetic participant ids far above the registry's, new ones each run
        long base = Math.max(8_000_000_000L, count("SELECT COALESCE(MAX(participant_id), 0) FROM funding.commitment")) + 1;
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO funding.commitment (id, participant_id, "
                     + "fiscal_year, budget_line_id, source_code, opd_code, sector_code, nik, kpj, full_name, "
                     + "reported_income, first_month, last_month, amount, state, created_at, updated_at, row_version) "
                     + "VALUES (?, ?, ?, ?, ?, 'DKUPP', 'BENCH', ?, ?, ?, ?, 1, 12, ?, 'COVERED', ?, ?, 1)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < BILLED; i++) {
                long id = base + i;
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.setInt(3, year);
                ps.setLong(4, line);
                ps.setString(5, source);
                ps.setString(6, String.format("3574%012d", i));
                ps.setString(7, String.format("9%010d", i));
                ps.setString(8, "PESERTA BENCHMARK " + i);
                ps.setLong(9, income(i));
                ps.setLong(10, 12 * rate(i));
                ps.setTimestamp(11, now);
                ps.setTimestamp(12, now);
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    private static long income(int i) {
        return 1_000_000L + (i % INCOMES) * 250_000L;
    }

    /** C-01: JKK 1% of the income, JKM Rp6,800 (the city's parameters since 2024). */
    private static long rate(int i) {
        return income(i) / 100 + 6_800;
    }

    /** One month's premiums of the billed participants. */
    private static long premiums() {
        long sum = 0;
        for (int i = 0; i < BILLED; i++) {
            sum += rate(i);
        }
        return sum;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path reportFile() {
        // next to the participants' report (bench.report is passed to the server by arquillian.xml)
        String participants = System.getProperty("bench.report");
        return participants == null ? Path.of("funding-benchmark.txt")
                : Path.of(participants).resolveSibling("funding-benchmark.txt");
    }

    private static void report(String line) throws Exception {
        System.out.println("[bench] " + line);
        Files.writeString(reportFile(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
