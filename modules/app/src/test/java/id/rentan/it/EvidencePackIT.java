package id.rentan.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.rentan.funding.api.FundingEvidence;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.LedgerService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.application.ReconciliationService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.Payment;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.reporting.application.EvidencePackService;
import id.rentan.reporting.domain.EvidenceManifest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditor's evidence pack (issue 6, F-06, R-07) on the demo data, in Payara Micro: built as the auditor for the
 * latest year and source with paid invoices (after a reversal, a new payment and a reconciliation of BPJS's bill, so
 * that every kind of file has rows), unpacked, every file checked against the manifest, every roster against its
 * invoice, the summary's totals against the files; a ledger row changed behind the application's back shows in the
 * pack's verification; the download is audited. Over HTTP: only ADMIN and AUDITOR get it (403 for the others), a
 * missing or unknown year or source is a 422 problem, the endpoint is in /openapi. The ledger export reads in keyset
 * pages.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidencePackIT {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(EvidencePackIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    TestCaller testCaller;

    @Inject
    Enrolments enrolments;

    @Inject
    EvidencePackService packs;

    @Inject
    FundingEvidence evidence;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    LedgerService ledger;

    @Inject
    FundingRepository repository;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** The latest fiscal year and source with a paid invoice in the demo data. */
    private record YearSource(int year, String source) {
    }

    private YearSource demoYear() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fiscal_year, source_code FROM funding.invoice WHERE status = 'PAID' "
                     + "ORDER BY fiscal_year DESC, source_code FETCH FIRST 1 ROWS ONLY")) {
            assertTrue(rs.next(), "the demo data pays invoices of this year or the last");
            return new YearSource(rs.getInt(1), rs.getString(2));
        }
    }

    private byte[] pack(YearSource ys) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvidencePackService.Outcome outcome = packs.write(ys.year(), ys.source(), out);
        System.out.printf("EvidencePackIT: pack %d %s: %d files, %,d bytes in %d ms (valid %s, all tie %s)%n",
                ys.year(), ys.source(), outcome.files(), out.size(), outcome.millis(), outcome.valid(),
                outcome.allTie());
        return out.toByteArray();
    }

    /** The files of a ZIP in their order. */
    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertFalse(files.containsKey(e.getName()), "one entry per name: " + e.getName());
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /**
     * Checks every file against the manifest (the last file) and that nothing but the manifest is unlisted; gives the
     * files without the manifest.
     */
    static Map<String, byte[]> verified(byte[] zip) throws IOException {
        Map<String, byte[]> files = unzip(zip);
        List<String> names = new ArrayList<>(files.keySet());
        assertEquals(EvidenceManifest.FILE_NAME, names.get(names.size() - 1), "the manifest comes last");
        String text = new String(files.remove(EvidenceManifest.FILE_NAME), StandardCharsets.UTF_8);
        for (String line : text.lines().toList()) {
            assertTrue(line.matches("[0-9a-f]{64}  \\S.*"), "sha256sum format: " + line);
        }
        EvidenceManifest manifest = EvidenceManifest.parse(text);
        assertEquals(files.keySet(), manifest.checksums().keySet(), "every file but the manifest is listed");
        assertEquals(List.of(), manifest.verify(files), "every checksum verifies");
        return files;
    }

    static TableReader.Table csv(Map<String, byte[]> files, String name) {
        byte[] content = files.get(name);
        assertTrue(content != null, name + " in the pack: " + files.keySet());
        return TableReader.read(content);
    }

    /** The rows of a CSV as maps of column name to text. */
    static List<Map<String, String>> rows(TableReader.Table table) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (TableReader.TableRow row : table.rows()) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                m.put(table.header().get(i).replace("\uFEFF", ""), row.cell(i));
            }
            rows.add(m);
        }
        return rows;
    }

    /** summary.csv's rows by key. */
    static Map<String, Map<String, String>> summary(Map<String, byte[]> files) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        for (Map<String, String> row : rows(csv(files, "summary.csv"))) {
            byKey.put(row.get("kunci"), row);
        }
        return byKey;
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private long count(String sql, Object... args) throws SQLException {
        return enrolments.count(sql, args);
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theDemoYearsPackVerifiesAndItsTotalsTie() throws Exception {
        YearSource ys = demoYear();

        // give every kind of file rows: a paid payment reversed and paid again (F-06 corrections), a BPJS bill
        testCaller.actAs(Callers.FINANCE);
        Invoice first = invoices.invoices(ys.year(), ys.source(), id.rentan.funding.domain.InvoiceStatus.PAID,
                PageRequest.of(0, 50)).items().stream().min(java.util.Comparator.comparing(Invoice::month))
                .orElseThrow();
        Payment paid = payments.ofInvoice(first.id()).stream().filter(p -> p.status() == PaymentStatus.PAID)
                .findFirst().orElseThrow();
        payments.reverse(paid.id(), "IT: SP2D salah tanggal, dibayar ulang");
        enrolments.pay(invoices.invoice(first.id()));
        List<InvoiceLine> lines = invoices.lines(first.id(), PageRequest.of(0, 20)).items().stream()
                .filter(l -> "PREMIUM".equals(l.kind())).limit(3).toList();
        assertEquals(3, lines.size());
        StringBuilder bill = new StringBuilder("kpj,nik,nama,periode,iuran\n");
        for (InvoiceLine l : lines) {
            bill.append(l.kpj() == null ? "" : l.kpj()).append(',').append(l.nik()).append(',').append(l.fullName())
                    .append(',').append(first.period()).append(',').append(l.amount().amount()).append('\n');
        }
        bill.append(",3578015503850999,Bukan Peserta,").append(first.period()).append(",16800\n");
        testCaller.actAs(Callers.BPJS);
        Reconciliation reconciliation = reconciliations.reconcile(first.id(),
                bill.toString().getBytes(StandardCharsets.UTF_8), "tagihan-bpjs.csv");

        long auditedBefore = count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'EVIDENCE_PACK_DOWNLOADED'");
        testCaller.actAs(Callers.AUDITOR);
        Map<String, byte[]> files = verified(pack(ys));

        // what is in it
        assertTrue(files.keySet().containsAll(List.of("README.txt", "ledger.csv", "ledger-verification.csv",
                "invoices.csv", "payments.csv", "reconciliations.csv", "summary.csv", "summary.pdf")), files.keySet().toString());
        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("PAKET BUKTI AUDITOR " + ys.year() + " - " + ys.source())
                && readme.contains("AUDITOR'S EVIDENCE PACK " + ys.year()), readme);
        assertTrue(readme.contains("sha256sum -c manifest-sha256.txt") && readme.contains("Pemerintah Kota"), readme);

        // F-03: every invoice of the year and source, each roster as long as its invoice and summing to its total
        List<Map<String, String>> invoiceRows = rows(csv(files, "invoices.csv"));
        assertEquals(count("SELECT COUNT(*) FROM funding.invoice WHERE fiscal_year = ? AND source_code = ?",
                ys.year(), ys.source()), invoiceRows.size());
        long rosterFiles = files.keySet().stream().filter(n -> n.startsWith("invoices/")).count();
        assertEquals(invoiceRows.size(), rosterFiles);
        for (Map<String, String> inv : invoiceRows) {
            long id = Long.parseLong(inv.get("id"));
            String path = inv.get("berkas_daftar");
            assertEquals("invoices/" + java.time.YearMonth.of(ys.year(), Integer.parseInt(inv.get("bulan"))) + "-"
                    + ys.source() + "-" + id + ".csv", path);
            List<Map<String, String>> roster = rows(csv(files, path));
            long lineCount = count("SELECT premium_lines + credit_lines FROM funding.invoice WHERE id = ?", id);
            assertEquals(lineCount, roster.size(), "roster rows = the invoice's line count, invoice " + id);
            assertEquals(lineCount, Long.parseLong(inv.get("baris")));
            long sum = roster.stream().mapToLong(r -> Long.parseLong(r.get("iuran"))).sum();
            assertEquals(Long.parseLong(inv.get("total")), sum, "F-03: the roster sums to the invoice, " + id);
            assertEquals("true", inv.get("cocok"));
        }

        // F-05: the payments with who recorded and who approved them; their sums are the summary's
        List<Map<String, String>> paymentRows = rows(csv(files, "payments.csv"));
        long disbursed = 0;
        long paidSum = 0;
        for (Map<String, String> p : paymentRows) {
            long amount = Long.parseLong(p.get("jumlah"));
            if (Set.of("APPROVED", "PAID").contains(p.get("status"))) {
                disbursed += amount;
                assertFalse(p.get("disetujui_oleh").isBlank());
                assertNotEquals(p.get("dicatat_oleh"), p.get("disetujui_oleh"), "F-05 maker-checker");
            }
            if ("PAID".equals(p.get("status"))) {
                paidSum += amount;
                assertFalse(p.get("no_tanda_terima").isBlank());
            }
        }
        assertTrue(paymentRows.stream().anyMatch(p -> "REVERSED".equals(p.get("status"))
                && p.get("alasan_pembatalan").startsWith("IT: SP2D salah")), "the reversal is in payments.csv");
        Map<String, Map<String, String>> summary = summary(files);
        System.out.printf("EvidencePackIT: %s roster lines, %s ledger entries, %s payments in the pack%n",
                summary.get("rosterLines").get("nilai"), summary.get("ledgerEntries").get("nilai"),
                summary.get("payments").get("nilai"));
        assertEquals(disbursed, Long.parseLong(summary.get("disbursed").get("nilai")), "disbursed = summary figure");
        assertEquals(paidSum, Long.parseLong(summary.get("paid").get("nilai")), "paid = summary figure");
        testCaller.actAs(Callers.AUDITOR);
        FundingEvidence.Totals db = evidence.totals(ys.year(), ys.source());
        assertEquals(db.disbursed(), disbursed, "and the database's own sum");
        assertEquals(db.paid(), paidSum);
        assertEquals(db.invoiced(), Long.parseLong(summary.get("invoiced").get("nilai")));
        assertEquals(db.allocated(), Long.parseLong(summary.get("allocated").get("nilai")));
        assertEquals(db.ledgerApproved() + db.ledgerReversals(), disbursed, "the ledger's approvals less reversals");

        // every check ties, the chain is intact
        for (Map<String, String> row : summary.values()) {
            if ("pemeriksaan".equals(row.get("jenis"))) {
                assertEquals("true", row.get("cocok"), "check " + row);
            }
        }
        assertEquals("true", summary.get("chainValid").get("cocok"));
        Map<String, String> verification = new HashMap<>();
        for (Map<String, String> row : rows(csv(files, "ledger-verification.csv"))) {
            verification.put(row.get("butir"), row.get("nilai"));
        }
        assertEquals("true", verification.get("utuh"), verification.toString());
        assertEquals("", verification.get("entri_rusak_pertama"));
        assertEquals(count("SELECT COUNT(*) FROM funding.ledger_entry"),
                Long.parseLong(verification.get("entri_diperiksa")), "the whole chain");

        // the ledger entries of the year and source, in chain order, each still giving its hash
        List<Map<String, String>> ledgerRows = rows(csv(files, "ledger.csv"));
        assertEquals(count("SELECT COUNT(*) FROM funding.ledger_entry WHERE fiscal_year = ? AND source_code = ?",
                ys.year(), ys.source()), ledgerRows.size());
        long previous = 0;
        for (Map<String, String> e : ledgerRows) {
            long seq = Long.parseLong(e.get("no"));
            assertTrue(seq > previous, "oldest first");
            previous = seq;
            assertEquals("true", e.get("hash_cocok"));
        }
        assertTrue(ledgerRows.stream().anyMatch(e -> "REVERSAL".equals(e.get("jenis"))));

        // F-04: the reconciliation with its rows
        List<Map<String, String>> reconciliationRows = rows(csv(files, "reconciliations.csv"));
        assertEquals(1, reconciliationRows.size());
        Map<String, String> r = reconciliationRows.get(0);
        assertEquals(String.valueOf(reconciliation.id()), r.get("id"));
        assertEquals("1", r.get("tidak_terdaftar"));
        List<Map<String, String>> rRows = rows(csv(files, r.get("berkas")));
        assertEquals(Long.parseLong(r.get("baris")), rRows.size());
        assertEquals(4 + first.premiumLines() - lines.size(), rRows.size(), "4 bill rows and the lines not billed");

        // the PDF says the same
        String pdf = pdfText(files.get("summary.pdf"));
        assertTrue(pdf.contains(Rupiah.of(disbursed).format(INDONESIAN)), "disbursed in the PDF:\n" + pdf);
        assertTrue(pdf.contains("Rantai hash utuh") && pdf.contains(ys.source()) && pdf.contains("auditor"), pdf);
        assertFalse(pdf.contains("TIDAK COCOK"), pdf);

        // audited, with the year, the source and the file count
        assertEquals(auditedBefore + 1,
                count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'EVIDENCE_PACK_DOWNLOADED'"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'EVIDENCE_PACK_DOWNLOADED' "
                + "AND username = 'auditor' AND entity_id = ? AND after_json LIKE ? AND after_json LIKE ?",
                ys.year() + "-" + ys.source(), "%\"files\":" + (files.size() + 1) + "%",
                "%\"source\":\"" + ys.source() + "\"%"));
    }

    @Test
    @Order(2)
    void aLedgerRowChangedBehindTheApplicationsBackShowsInThePack() throws Exception {
        YearSource ys = demoYear();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long seq;
            try (ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM funding.ledger_entry WHERE fiscal_year = "
                    + ys.year() + " AND source_code = '" + ys.source() + "' AND entry_type = 'PAYMENT_APPROVED'")) {
                rs.next();
                seq = rs.getLong(1);
            }
            // someone with the database owner's rights drops the trigger and changes an amount (as in FundingIT)
            s.execute("DROP TRIGGER funding.ledger_entry_no_update");
            try {
                s.executeUpdate("UPDATE funding.ledger_entry SET amount = amount + 1000 WHERE seq = " + seq);
                testCaller.actAs(Callers.AUDITOR);
                Map<String, byte[]> files = verified(pack(ys)); // the pack itself is intact: its files verify

                Map<String, String> verification = new HashMap<>();
                for (Map<String, String> row : rows(csv(files, "ledger-verification.csv"))) {
                    verification.put(row.get("butir"), row.get("nilai"));
                }
                assertEquals("false", verification.get("utuh"));
                assertEquals(String.valueOf(seq), verification.get("entri_rusak_pertama"));
                assertEquals("content", verification.get("masalah"));
                Map<String, String> entry = rows(csv(files, "ledger.csv")).stream()
                        .filter(e -> e.get("no").equals(String.valueOf(seq))).findFirst().orElseThrow();
                assertEquals("false", entry.get("hash_cocok"));

                Map<String, Map<String, String>> summary = summary(files);
                assertEquals("false", summary.get("chainValid").get("cocok"));
                assertEquals(String.valueOf(seq), summary.get("chainValid").get("pembanding"));
                assertEquals("false", summary.get("ledgerIntact").get("cocok"));
                assertEquals("false", summary.get("disbursed").get("cocok"), "the ledger no longer matches payments");
                String pdf = pdfText(files.get("summary.pdf"));
                assertTrue(pdf.contains("Rantai hash TIDAK utuh") && pdf.contains("nomor " + seq)
                        && pdf.contains("TIDAK COCOK"), pdf);
            } finally {
                s.executeUpdate("UPDATE funding.ledger_entry SET amount = amount - 1000 WHERE seq = " + seq);
                s.execute("CREATE TRIGGER funding.ledger_entry_no_update BEFORE UPDATE ON funding.ledger_entry "
                        + "FOR EACH ROW CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger'");
            }
        }
        testCaller.actAs(Callers.AUDITOR);
        assertTrue(evidence.verifyLedger().valid(), "restored");
    }

    @Test
    @Order(3)
    void onlyAdminAndAuditorAndOnlyAKnownYearAndSource() throws Exception {
        YearSource ys = demoYear();
        for (var caller : List.of(Callers.FINANCE, Callers.BPJS, Callers.VERIFIER,
                Callers.operator("opd.dkupp", "DKUPP"))) {
            testCaller.actAs(caller);
            BusinessException e = assertThrows(BusinessException.class,
                    () -> packs.write(ys.year(), ys.source(), new ByteArrayOutputStream()), caller.username());
            assertEquals(BusinessException.Kind.FORBIDDEN, e.kind());
            assertThrows(BusinessException.class, () -> evidence.totals(ys.year(), ys.source()), caller.username());
        }
        testCaller.actAs(Callers.ADMIN);
        assertEquals(ys.source(), packs.check(ys.year(), ys.source().toLowerCase(Locale.ROOT)).sourceCode());
        for (Object[] bad : new Object[][]{{null, ys.source(), "evidence.year.required"},
                {1999, ys.source(), "evidence.year.invalid"},
                {2090, ys.source(), "funding.evidence.periodUnknown"},
                {ys.year(), "NOPE", "funding.source.unknown"},
                {ys.year(), " ", "funding.evidence.sourceRequired"}}) {
            BusinessException e = assertThrows(BusinessException.class,
                    () -> packs.check((Integer) bad[0], (String) bad[1]));
            assertEquals(bad[2], e.messageKey());
            assertEquals(BusinessException.Kind.INVALID, e.kind());
        }
        assertTrue(evidence.periods().stream().anyMatch(p -> p.year() == ys.year()
                && p.sourceCode().equals(ys.source())), "the screen offers the year and source");
    }

    @Test
    @Order(4)
    void theLedgerExportReadsInKeysetPages() throws Exception {
        YearSource ys = demoYear();
        FundingRepository.LedgerFilter all = new FundingRepository.LedgerFilter(null, null, null, null, null);
        FundingRepository.LedgerFilter year = new FundingRepository.LedgerFilter(ys.year(), ys.source(), null, null,
                null);
        for (FundingRepository.LedgerFilter filter : List.of(all, year)) {
            List<Long> paged = repository.ledger(filter, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(LedgerEntry::seq).toList();
            assertTrue(paged.size() > 7, "more than one page of 7: " + paged.size());
            List<Long> newestFirst = new ArrayList<>();
            repository.forEachLedgerEntry(filter, true, 7, e -> newestFirst.add(e.seq()));
            assertEquals(paged, newestFirst, "pages of 7, newest first, none lost or repeated");
            List<Long> oldestFirst = new ArrayList<>();
            repository.forEachLedgerEntry(filter, false, 7, e -> oldestFirst.add(e.seq()));
            List<Long> reversed = new ArrayList<>(paged);
            java.util.Collections.reverse(reversed);
            assertEquals(reversed, oldestFirst);
        }
        testCaller.actAs(Callers.AUDITOR);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        int rows = ledger.export(year, TableWriter.csv(csv));
        List<Map<String, String>> exported = rows(TableReader.read(csv.toByteArray()));
        assertEquals(rows, exported.size());
        assertEquals(count("SELECT COUNT(*) FROM funding.ledger_entry WHERE fiscal_year = ? AND source_code = ?",
                ys.year(), ys.source()), rows);
        assertTrue(Long.parseLong(exported.get(0).get("no")) > Long.parseLong(exported.get(rows - 1).get("no")),
                "newest first, like the screen");
    }

    // ---- over HTTP, as the shipped application answers -----------------------------------------------------------

    private HttpResponse<byte[]> get(String path, String user) throws Exception {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo#2026").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> r) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void overHttpOnlyAdminAndAuditorGetTheZip() throws Exception {
        JsonObject newest = json(get("api/v1/funding/invoices?status=PAID&size=1", "auditor"))
                .getJsonArray("items").getJsonObject(0);
        int year = newest.getInt("year");
        String source = newest.getString("source");
        String path = "api/v1/reports/evidence-pack?year=" + year + "&source=" + source;

        HttpResponse<byte[]> r = get(path, "auditor");
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"),
                r.headers().toString());
        assertEquals("attachment; filename=\"paket-bukti-" + year + "-" + source + ".zip\"",
                r.headers().firstValue("Content-Disposition").orElse(""));
        Map<String, byte[]> files = verified(r.body());
        assertTrue(files.containsKey("summary.pdf") && files.containsKey("ledger.csv"), files.keySet().toString());
        assertEquals(200, get(path, "admin").statusCode());

        for (String user : List.of("opd.dkupp", "keuangan", "bpjs", "verifikator")) {
            HttpResponse<byte[]> refused = get(path, user);
            assertEquals(403, refused.statusCode(), user);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), user);
        }
        for (String query : List.of("year=abc&source=" + source, "source=" + source, "year=2090&source=" + source,
                "year=" + year + "&source=NOPE", "year=" + year)) {
            HttpResponse<byte[]> bad = get("api/v1/reports/evidence-pack?" + query, "auditor");
            assertEquals(422, bad.statusCode(), query + ": " + new String(bad.body(), StandardCharsets.UTF_8));
            assertTrue(bad.headers().firstValue("Content-Type").orElse("").contains("problem+json"), query);
        }
        String openapi = new String(get("openapi", "admin").body(), StandardCharsets.UTF_8);
        assertTrue(openapi.contains("/api/v1/reports/evidence-pack"), "documented in /openapi");
    }
}
