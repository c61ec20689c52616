package id.rentan.it;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ImportResult;
import id.rentan.participants.application.ImportService;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistrationService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantInput;
import id.rentan.participants.domain.TerminationReason;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registry inside a real Payara Micro: imports (dry run, commit, duplicates, idempotency, bad files), the
 * lifecycle from proposal to ACTIVE and out, the OPD scope, and the same NIK entered concurrently.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantsIT {

    private static final Caller DKUPP = new Caller("opd.dkupp", Set.of(Role.OPD_OPERATOR), "DKUPP");
    private static final Caller PERIKANAN = new Caller("opd.perikanan", Set.of(Role.OPD_OPERATOR), "PERIKANAN");
    private static final Caller VERIFIER = new Caller("verifikator", Set.of(Role.VERIFIER), null);
    private static final Caller BPJS = new Caller("bpjs", Set.of(Role.BPJS_OFFICER), null);
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN), null);

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ParticipantsIT.class, AsCaller.class, TestData.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    AsCaller asCaller;

    @Inject
    ImportService imports;

    @Inject
    ParticipantService participants;

    @Inject
    RegistryService registry;

    @Inject
    SubmissionService submissions;

    @Inject
    RegistrationService registrations;

    @Inject
    AuditTrail audit;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    // ---- imports --------------------------------------------------------------------------------------------

    @Test
    void aDryRunReportsEveryRowAndSavesNothing() throws Exception {
        testCaller.actAs(DKUPP);
        String good = TestData.nik();
        byte[] file = TestData.csv(List.of(
                TestData.goodRow(good, "UMKM"),
                TestData.goodRow("12345", "UMKM"),
                TestData.goodRow(TestData.nik(), "NELAYAN")));
        long before = count();
        ImportResult dry = imports.run(null, file, "dry.csv", true, null);
        assertTrue(dry.dryRun());
        assertEquals(3, dry.total());
        assertEquals(1, dry.accepted());
        assertEquals(2, dry.rejected());
        assertEquals(List.of(ImportOutcome.ACCEPTED, ImportOutcome.REJECTED, ImportOutcome.REJECTED),
                dry.rows().stream().map(ImportResult.Row::outcome).toList());
        assertEquals("V-01", dry.rows().get(1).violations().get(0).rule());
        assertEquals("E-04", dry.rows().get(2).violations().get(0).rule(), "DKUPP may not propose fishers");
        assertEquals(before, count(), "a dry run saves no participant");
        assertEquals(dry.rows(), imports.report(dry.importId()).rows(), "the stored report is the same");
    }

    @Test
    void aCommitSavesAcceptedRowsAndASecondUploadCreatesNothing() throws Exception {
        testCaller.actAs(DKUPP);
        String a = TestData.nik();
        String b = TestData.nik();
        byte[] file = TestData.csv(List.of(TestData.goodRow(a, "UMKM"), TestData.goodRow(b, "UMKM"),
                TestData.goodRow(a, "UMKM"), TestData.goodRow("3578014107850000", "UMKM")));
        ImportResult dry = imports.run(null, file, "same.csv", true, null);
        ImportResult first = imports.run(null, file, "same.csv", false, null);
        assertEquals(dry.rows(), first.rows(), "the dry run and the commit give the same report");
        assertEquals(2, first.accepted());
        assertEquals(1, first.duplicates(), "the first row with a NIK wins; later ones are duplicates");
        assertEquals(1, first.rejected());
        assertEquals(2, registry.search(new ParticipantFilter(null, null, null, null, null, null, null, null,
                first.importId(), null, null), PageRequest.of(0, 10)).total());

        ImportResult second = imports.run(null, file, "same.csv", false, null);
        assertEquals(0, second.accepted());
        assertEquals(3, second.duplicates(), "uploading the same file twice creates nothing new");
        assertEquals("rule.V-06.CANDIDATE", second.rows().get(0).violations().get(0).messageKey());

        ImportResult stored = imports.report(first.importId());
        assertEquals(first.rows().size(), stored.rows().size());
        assertEquals(ImportOutcome.ACCEPTED, stored.rows().get(0).outcome());
        assertEquals(2, stored.rows().get(0).line());
        assertFalse(audit.entriesFor("ImportBatch", String.valueOf(first.importId()), 5).isEmpty());
    }

    @Test
    void xlsxFilesImportLikeCsv() {
        testCaller.actAs(DKUPP);
        String nik = TestData.nik();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter xlsx = TableWriter.xlsx(out, "Peserta");
        xlsx.header(List.of(TestData.HEADER.split(",")));
        xlsx.row(List.of(TestData.goodRow(nik, "UMKM").split(",", -1)));
        xlsx.close();
        ImportResult result = imports.run(null, out.toByteArray(), "usulan.xlsx", true, null);
        assertEquals(1, result.accepted(), result.rows().toString());
    }

    @Test
    void semicolonCsvWithBomQuotesAndVariantsIsRead() {
        testCaller.actAs(DKUPP);
        String csv = "\ufeffNIK;Nama;Tempat_Lahir;Tanggal_Lahir;Jenis_Kelamin;Nama_Ibu_Kandung;Alamat;RT;RW;Kode_Kelurahan;Sektor\n"
                + TestData.nik() + ";\"Siti, Aminah\";Probolinggo;14/03/1985;Perempuan;Fatimah;\"Jl. Brantas; No. 3\";1;2;Kedungasem;umkm\n"
                + TestData.nik() + ";Ani;Probolinggo;14-03-1985;P;Fatimah;Jl. Brantas;1;2;3574021006;UMKM\n";
        ImportResult result = imports.run(null, csv.getBytes(StandardCharsets.UTF_8), "titik-koma.csv", true, null);
        assertEquals(0, result.rejected(), result.rows().toString());
        assertEquals(2, result.accepted());
    }

    @Test
    void badFilesGetOneClearMessageAndSaveNothing() throws Exception {
        testCaller.actAs(DKUPP);
        long before = count();
        assertEquals("import.file.empty", refusal(new byte[0]));
        assertEquals("import.file.noRows", refusal((TestData.HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
        BusinessException missing = assertThrows(BusinessException.class, () -> imports.run(null,
                "nik,nama\n3578014107850001,Siti\n".getBytes(StandardCharsets.UTF_8), "x.csv", false, null));
        assertEquals("import.file.missingColumns", missing.messageKey());
        assertTrue(missing.args().get(0).toString().contains("tanggal_lahir"));
        BusinessException quotes = assertThrows(BusinessException.class, () -> imports.run(null,
                (TestData.HEADER + "\n" + TestData.goodRow(TestData.nik(), "UMKM") + "\n\"3578,unclosed\n")
                        .getBytes(StandardCharsets.UTF_8), "x.csv", false, null));
        assertEquals("import.file.unbalancedQuote", quotes.messageKey());
        assertEquals("3", quotes.args().get(0), "the line of the opening quote");
        assertEquals("import.file.notTabular", refusal(new byte[] {1, 2, 0, 4, 5}));
        byte[] big = new byte[(int) imports.maxBytes() + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertEquals("import.file.tooLarge", refusal(big));
        assertEquals(before, count());
    }

    private String refusal(byte[] content) {
        return assertThrows(BusinessException.class, () -> imports.run(null, content, "x", false, null)).messageKey();
    }

    @Test
    void anOpdImportsForItselfOnlyAndTheLeadDepartmentChooses() {
        testCaller.actAs(DKUPP);
        byte[] file = TestData.csv(List.of(TestData.goodRow(TestData.nik(), "UMKM")));
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> imports.run("PERIKANAN", file, "x.csv", true, null)).kind());
        testCaller.actAs(VERIFIER);
        assertEquals("participant.opd.required", assertThrows(BusinessException.class,
                () -> imports.run(null, file, "x.csv", true, null)).messageKey());
        assertEquals("DKUPP", imports.run("DKUPP", file, "x.csv", true, null).opdCode());
    }

    // ---- lifecycle and scope --------------------------------------------------------------------------------

    @Test
    void fromProposalToActiveAndOut() {
        testCaller.actAs(DKUPP);
        Participant proposed = participants.propose(input(TestData.nik(), "UMKM"), null);
        assertEquals(ParticipantStatus.CANDIDATE, proposed.status());
        long id = proposed.id();

        testCaller.actAs(VERIFIER);
        BulkResult verified = participants.verify(List.of(id));
        assertTrue(verified.rows().get(0).done());
        SubmissionService.SubmissionResult submitted = submissions.submit(List.of(id), YearMonth.now().plusMonths(1));
        assertNotNull(submitted.submissionId());
        assertEquals(1, submitted.result().doneCount());

        testCaller.actAs(BPJS);
        Participant nikHolder = participants.view(id);
        byte[] results = ("nik,kpj,tanggal_mulai,status,alasan\n" + nikHolder.nik() + ",24099887766,"
                + YearMonth.now().plusMonths(1).atDay(1) + ",REGISTERED,\n").getBytes(StandardCharsets.UTF_8);
        BulkResult registered = registrations.upload(results, "hasil.csv");
        assertEquals(1, registered.doneCount(), registered.rows().toString());
        Participant active = participants.view(id);
        assertEquals(ParticipantStatus.ACTIVE, active.status());
        assertEquals("24099887766", active.kpj());

        testCaller.actAs(VERIFIER);
        Participant ended = participants.terminate(id, TerminationReason.MOVED, "Pindah ke Surabaya",
                YearMonth.now().plusMonths(3).atDay(1));
        assertEquals(ParticipantStatus.TERMINATED, ended.status());
        assertEquals(4, participants.history(id).size(), "verified, submitted, active, terminated");
        List<String> actions = audit.entriesFor("Participant", String.valueOf(id), 20).stream()
                .map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of("PARTICIPANT_PROPOSED", "PARTICIPANT_VERIFIED",
                "PARTICIPANT_SUBMITTED", "PARTICIPANT_REGISTERED", "PARTICIPANT_TERMINATED")), actions.toString());

        // E-06: the place goes to a replacement, linked both ways
        testCaller.actAs(DKUPP);
        Participant replacement = participants.proposeReplacement(id, input(TestData.nik(), "UMKM"));
        assertEquals(id, replacement.replacesId());
        assertEquals(replacement.id(), participants.view(id).replacedById());
        assertEquals("participant.replace.already", assertThrows(BusinessException.class,
                () -> participants.proposeReplacement(id, input(TestData.nik(), "UMKM"))).messageKey());
    }

    @Test
    void anOpdSeesItsOwnParticipantsOnly() {
        testCaller.actAs(PERIKANAN);
        Participant fisher = participants.propose(input(TestData.nik(), "NELAYAN"), null);
        testCaller.actAs(DKUPP);
        BusinessException hidden = assertThrows(BusinessException.class, () -> participants.view(fisher.id()));
        assertEquals(BusinessException.Kind.NOT_FOUND, hidden.kind(), "another OPD's participant does not exist");
        assertTrue(registry.search(ParticipantFilter.none(), PageRequest.of(0, 500)).items().stream()
                .allMatch(p -> "DKUPP".equals(p.opdCode())));
        assertEquals(0, registry.search(new ParticipantFilter(null, null, null, null, "PERIKANAN", null, null, null,
                null, null, null), PageRequest.of(0, 10)).total(), "asking for another OPD finds nothing");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exported = registry.export(ParticipantFilter.none(), TableWriter.csv(out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertFalse(csv.contains(fisher.nik()), "the export is scoped too");
        assertTrue(exported > 0);
        assertFalse(csv.contains(",PERIKANAN,"));
    }

    @Test
    void aNikRegisteredElsewhereIsRefusedWithItsStateOnly() {
        testCaller.actAs(PERIKANAN);
        String nik = TestData.nik();
        participants.propose(input(nik, "NELAYAN"), null);
        testCaller.actAs(DKUPP);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> participants.propose(input(nik, "UMKM"), null));
        assertEquals("V-06", refused.rule());
        assertEquals("rule.V-06.CANDIDATE", refused.messageKey());
        assertTrue(refused.args().isEmpty(), "no data of the other OPD's participant");
    }

    @Test
    void bpjsSeesSubmittedParticipantsButNoCandidates() {
        testCaller.actAs(BPJS);
        assertEquals(0, registry.search(ParticipantFilter.none().withStatus(ParticipantStatus.CANDIDATE),
                PageRequest.of(0, 10)).total());
        var active = registry.search(ParticipantFilter.none().withStatus(ParticipantStatus.ACTIVE), PageRequest.of(0, 10));
        assertFalse(active.totalExact(), "a list says only that more follow");
        assertEquals(10, active.items().size());
        assertTrue(registry.count(ParticipantFilter.none().withStatus(ParticipantStatus.ACTIVE)) > 10_000,
                "the demo programme, counted on request");
        assertEquals(0, registry.count(ParticipantFilter.none().withStatus(ParticipantStatus.CANDIDATE)));
    }

    @Test
    void theSameNikEnteredAtTheSameMomentSucceedsOnce() throws Exception {
        String nik = TestData.nik();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Caller caller = i % 2 == 0 ? ADMIN : VERIFIER;
            String opd = i % 2 == 0 ? "DKUPP" : "DISPERINAKER";
            results.add(executor.submit(() -> {
                start.await();
                try {
                    return asCaller.call(caller, () -> participants.propose(input(nik, "UMKM"), opd).status().name());
                } catch (BusinessException e) {
                    return e.rule();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertEquals(1, outcomes.stream().filter("CANDIDATE"::equals).count(), outcomes.toString());
        assertEquals(threads - 1, outcomes.stream().filter("V-06"::equals).count(), outcomes.toString());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM participants.participant WHERE nik = '" + nik + "'")) {
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
    }

    @Test
    void concurrentImportsOfTheSameFileSaveEachNikOnce() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            rows.add(TestData.goodRow(TestData.nik(), "UMKM"));
        }
        byte[] file = TestData.csv(rows);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    return asCaller.call(DKUPP, () -> imports.run(null, file, "race.csv", false, null).accepted());
                } catch (BusinessException e) {
                    return e.rule() == null ? -1 : 0;
                }
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Integer> f : results) {
            int n = f.get();
            assertTrue(n >= 0, "only duplicate refusals");
            accepted += n;
        }
        assertEquals(200, accepted, "every NIK saved exactly once across the three imports");
    }

    private long count() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM participants.participant")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ParticipantInput input(String nik, String sector) {
        String[] c = TestData.goodRow(nik, sector).split(",", -1);
        return new ParticipantInput(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13]);
    }

}
