package id.rentan.it;

import id.rentan.claims.application.ClaimPreview;
import id.rentan.claims.application.ClaimRequest;
import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims in Payara Micro, against real participants and invoices: a death claim makes the participant DECEASED,
 * stops billing and credits the month paid after the death (CL-01, C-04, C-05); a claim at risk becomes covered when
 * its month is paid; two death claims for one person at the same moment cannot both succeed; scans are checked by
 * content and size and nothing is kept of a refused one; OPD scoping and roles hold.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsIT {

    private static final Caller ADMIN = Callers.ADMIN;
    private static final Caller VERIFIER = Callers.VERIFIER;
    private static final Caller BPJS = Callers.BPJS;
    private static final Caller FINANCE = Callers.FINANCE;
    private static final Caller AUDITOR = Callers.AUDITOR;
    private static final String OPD = "KEC_MAYANGAN";
    private static final Caller OPERATOR = Callers.operator("op.mayangan", OPD);
    private static final Caller OTHER_OPERATOR = Callers.operator("opd.dkupp", "DKUPP");
    private static final String SOURCE = "IT_KLAIM";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ClaimsIT.class, AsCaller.class);
    }

    @Inject
    TestCaller testCaller;

    @Inject
    AsCaller asCaller;

    @Inject
    ParticipantService participants;

    @Inject
    SubmissionService submissions;

    @Inject
    ParticipantDirectory directory;

    @Inject
    BudgetService budgets;

    @Inject
    InvoiceService invoices;

    @Inject
    ClaimService claims;

    @Inject
    Enrolments enrolments;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    /** This year's participants of the test OPD, covered from 1 January, funded by the test source. */
    static List<Long> ids;
    static Invoice september;
    static Invoice october;
    static Invoice current;

    private YearMonth thisMonth() {
        return YearMonth.now(ZoneId.of("Asia/Jakarta"));
    }

    /**
     * Five RT/RW heads of Mayangan, proposed on 1 January and covered by BPJS from that day, paid by a source of their
     * own. The last two months that have ended are invoiced; the older one is paid.
     */
    private void participantsWithInvoices() throws Exception {
        if (ids != null) {
            return;
        }
        int year = thisMonth().getYear();
        testCaller.actAs(ADMIN);
        budgets.saveSource(SOURCE, "Sumber uji klaim (IT)", 7, true);
        budgets.allocate(year, SOURCE, Rupiah.of(100_000_000L), OPD, "RT_RW", "IT: pagu klaim");
        List<Long> created = enrolments.verified(OPD, 5);
        testCaller.actAs(VERIFIER);
        assertEquals(5, submissions.submit(created, null).result().doneCount());
        enrolments.registered(created, LocalDate.of(year, 1, 1), java.util.Collections.nCopies(5,
                LocalDate.of(year, 1, 1)));
        YearMonth older = thisMonth().minusMonths(2);
        YearMonth last = thisMonth().minusMonths(1);
        testCaller.actAs(FINANCE);
        september = invoices.generate(older.getYear(), older.getMonthValue(), SOURCE);
        october = invoices.generate(last.getYear(), last.getMonthValue(), SOURCE);
        assertEquals(5, september.premiumLines());
        assertEquals(5, october.premiumLines());
        pay(september);
        ids = created;
    }

    private void pay(Invoice invoice) {
        enrolments.pay(invoice);
    }

    private static ClaimRequest request(long participantId, ClaimType type, LocalDate event) {
        return new ClaimRequest(participantId, null, null, type, event, null, event.atTime(10, 0), false, null,
                "IT");
    }

    @Test
    @Order(1)
    void aDeathClaimMakesTheParticipantDeceasedStopsBillingAndCreditsTheMonthPaidAfterIt() throws Exception {
        participantsWithInvoices();
        long deceased = ids.get(0);
        YearMonth older = thisMonth().minusMonths(2);
        LocalDate death = older.atDay(10);

        testCaller.actAs(OPERATOR);
        ClaimPreview preview = claims.preview(request(deceased, ClaimType.JKM_DEATH, death));
        assertEquals(CoverReason.COVERED, preview.cover().reason(), "CL-01: active and the month is paid");
        assertEquals(42_000_000, preview.benefit().total(), "B-01: membership since 1 January");
        assertEquals(ParticipantStatus.ACTIVE, directory.byId(deceased).orElseThrow().status(), "a preview saves nothing");

        Claim claim = claims.record(request(deceased, ClaimType.JKM_DEATH, death));
        assertEquals(ClaimStatus.REPORTED, claim.status());
        assertTrue(claim.covered());
        assertFalse(claim.atRisk());
        assertEquals(september.id(), claim.premiumInvoiceId());
        assertEquals(42_000_000, claim.expectedBenefit());
        assertEquals(List.of("B-01", "B-01", "B-01"), claim.breakdown().stream().map(b -> b.rule()).toList());
        ParticipantSummary after = directory.byId(deceased).orElseThrow();
        assertEquals(ParticipantStatus.DECEASED, after.status(), "through the participants module's api");
        assertEquals(death, after.endDate());

        // a second death claim for the same person is refused
        BusinessException twice = assertThrows(BusinessException.class,
                () -> claims.record(request(deceased, ClaimType.JKK_DEATH, death)));
        assertEquals(BusinessException.Kind.CONFLICT, twice.kind());
        assertEquals("claim.death.duplicate", twice.messageKey());

        // the month after the death was invoiced before the death was known; it is paid now, and credited next month
        pay(october);
        testCaller.actAs(FINANCE);
        Invoice november = invoices.generate(thisMonth().getYear(), thisMonth().getMonthValue(), SOURCE);
        current = november;
        assertEquals(4, november.premiumLines(), "C-04: billing stopped after the month of death");
        assertEquals(1, november.creditLines(), "C-05: the month paid after the death is credited");
        InvoiceLine credit = invoices.lines(november.id(), PageRequest.of(0, 20)).items().stream()
                .filter(l -> "CREDIT".equals(l.kind())).findFirst().orElseThrow();
        assertEquals(deceased, credit.participantId());
        YearMonth last = thisMonth().minusMonths(1);
        assertEquals(last.getYear() * 100 + last.getMonthValue(), credit.creditPeriod());
        assertTrue(audited("CLAIM_RECORDED"));
        assertTrue(audited("PARTICIPANT_DECEASED"));
    }

    @Test
    @Order(2)
    void aClaimInAnInvoicedUnpaidMonthIsAtRiskUntilTheInvoiceIsPaid() throws Exception {
        participantsWithInvoices();
        long injured = ids.get(1);
        assertTrue(current != null, "this month's invoice of the test source (first test)");
        LocalDate accident = thisMonth().atDay(1);

        testCaller.actAs(VERIFIER);
        Claim claim = claims.record(new ClaimRequest(injured, null, null, ClaimType.JKK_DEATH, accident, null, null, false, null,
                "IT: jatuh dari perahu"));
        assertEquals(CoverReason.AT_RISK_UNPAID, claim.coverReason());
        assertTrue(claim.covered());
        assertTrue(claim.atRisk());
        assertEquals(current.id(), claim.premiumInvoiceId(), "the invoice to pay");
        assertEquals(70_000_000, claim.expectedBenefit(), "K-01: 48 x Rp1,000,000 + 12M + 10M");
        assertEquals(java.time.LocalDateTime.now(ZoneId.of("Asia/Jakarta")).isAfter(accident.atStartOfDay()
                .plusHours(48)), claim.lateReport(), "CL-04: reported now, more than 48 hours after the 1st?");

        testCaller.actAs(FINANCE);
        assertTrue(claims.atRisk(PageRequest.of(0, 200)).items().stream().anyMatch(c -> c.id().equals(claim.id())),
                "on FINANCE's list of claims at risk");
        pay(current);
        testCaller.actAs(AUDITOR);
        Claim paid = claims.view(claim.id());
        assertEquals(CoverReason.COVERED, paid.coverReason(), "checked again once the invoice was paid");
        assertFalse(paid.atRisk());
        testCaller.actAs(FINANCE);
        assertFalse(claims.atRisk(PageRequest.of(0, 200)).items().stream().anyMatch(c -> c.id().equals(claim.id())));
        assertTrue(audited("CLAIM_COVER_RECHECKED"));
    }

    @Test
    @Order(3)
    void tenSimultaneousDeathClaimsForOnePersonRecordExactlyOne() throws Exception {
        participantsWithInvoices();
        long person = ids.get(2);
        LocalDate death = thisMonth().minusMonths(2).atDay(20);
        List<Callable<Boolean>> work = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            work.add(() -> asCaller.call(VERIFIER, () -> {
                try {
                    claims.record(request(person, ClaimType.JKM_DEATH, death));
                    return true;
                } catch (BusinessException e) {
                    return false;
                }
            }));
        }
        int recorded = 0;
        for (Future<Boolean> f : executor.invokeAll(work)) {
            try {
                recorded += f.get() ? 1 : 0;
            } catch (ExecutionException e) {
                // a lost race may surface as a lock timeout or a rolled-back transaction: not recorded
            }
        }
        assertEquals(1, recorded);
        assertEquals(1, count("SELECT COUNT(*) FROM claims.claim WHERE participant_id = " + person));
        assertEquals(ParticipantStatus.DECEASED, status(person));
    }

    @Test
    @Order(4)
    void scansAreCheckedByContentAndSizeAndServedOnlyToReaders() throws Exception {
        participantsWithInvoices();
        testCaller.actAs(OPERATOR);
        Claim claim = claims.record(new ClaimRequest(ids.get(3), null, null, ClaimType.JKK_MEDICAL, thisMonth().minusMonths(2)
                .atDay(3), null, null, true, null, "IT: kecelakaan lalu lintas"));
        assertTrue(claim.missingDocuments().contains(DocumentType.POLICE_REPORT), "road accident: police report");
        byte[] pdf = "%PDF-1.4\n% scan of the police report\n".getBytes(StandardCharsets.US_ASCII);
        long files = count("SELECT COUNT(*) FROM claims.claim_file");
        Claim withFile = claims.attachFile(claim.id(), DocumentType.POLICE_REPORT, "laporan polisi.pdf", pdf);
        assertTrue(withFile.document(DocumentType.POLICE_REPORT).checked(), "a scan ticks the item");
        assertEquals(id.rentan.claims.domain.ScannedFile.sha256(pdf),
                withFile.document(DocumentType.POLICE_REPORT).sha256());

        BusinessException exe = assertThrows(BusinessException.class, () -> claims.attachFile(claim.id(),
                DocumentType.KTP, "ktp.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("claim.file.type", exe.messageKey());
        byte[] tooLarge = new byte[(int) claims.maxFileBytes() + 1];
        System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
        BusinessException large = assertThrows(BusinessException.class, () -> claims.attachFile(claim.id(),
                DocumentType.KTP, "besar.pdf", tooLarge));
        assertEquals("claim.file.tooLarge", large.messageKey());
        assertEquals(files + 1, count("SELECT COUNT(*) FROM claims.claim_file"), "nothing kept of refused scans");
        assertFalse(claims.view(claim.id()).document(DocumentType.KTP).checked());

        testCaller.actAs(AUDITOR);
        ClaimService.StoredScan scan = claims.file(claim.id(), DocumentType.POLICE_REPORT);
        assertArrayEquals(pdf, scan.content());
        assertEquals("application/pdf", scan.contentType());
        assertTrue(audited("CLAIM_FILE_DOWNLOADED"));
        testCaller.actAs(FINANCE);
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> claims.file(claim.id(), DocumentType.POLICE_REPORT)).kind(), "treasurers do not read scans");
        testCaller.actAs(OTHER_OPERATOR);
        assertEquals(BusinessException.Kind.NOT_FOUND, assertThrows(BusinessException.class,
                () -> claims.file(claim.id(), DocumentType.POLICE_REPORT)).kind(), "nor other OPDs");
        // the database keeps scans as they were uploaded
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE claims.claim_file SET sha256 = 'x'"));
        }
    }

    @Test
    @Order(5)
    void scopingRolesHeirsScholarshipsAndTheDecision() throws Exception {
        participantsWithInvoices();
        long person = ids.get(4);
        LocalDate accident = thisMonth().minusMonths(2).atDay(5);
        // another OPD does not even find the participant
        testCaller.actAs(OTHER_OPERATOR);
        assertEquals(BusinessException.Kind.NOT_FOUND, assertThrows(BusinessException.class,
                () -> claims.record(request(person, ClaimType.JKK_DEATH, accident))).kind());
        testCaller.actAs(FINANCE);
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> claims.record(request(person, ClaimType.JKK_DEATH, accident))).kind());

        testCaller.actAs(OPERATOR);
        Claim claim = claims.record(request(person, ClaimType.JKK_DEATH, accident));
        assertEquals(CoverReason.COVERED, claim.coverReason());
        long id = claim.id();
        claims.addHeir(id, "Siti Istri", TestData.nik(LocalDate.of(1990, 3, 3)), HeirRelation.SPOUSE, null, false,
                false);
        long child = claims.addHeir(id, "Anak Pertama", TestData.nik(LocalDate.of(2012, 5, 5)), HeirRelation.CHILD,
                LocalDate.of(2012, 5, 5), false, false).id();
        claims.addHeir(id, "Ibu Kandung", TestData.nik(LocalDate.of(1950, 1, 1)), HeirRelation.PARENT, null, false,
                false);
        Claim withHeirs = claims.view(id);
        assertEquals(List.of(true, true, false), withHeirs.heirs().stream().map(h -> h.entitled()).toList(),
                "CL-03: spouse and child before the parent");
        assertTrue(withHeirs.missingDocuments().contains(DocumentType.MARRIAGE_BOOK), "a spouse claims");
        int schoolYear = LocalDate.now().getMonthValue() >= 7 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        assertEquals(2_000_000, claims.addScholarship(id, child, schoolYear, SchoolLevel.SMP).amount(),
                "K-05: no minimum membership after a JKK death");
        assertEquals(1, claims.renewals(schoolYear + 1).stream().filter(r -> r.claimId() == id).count(),
                "due for renewal next school year");

        // the list is OPD-scoped
        testCaller.actAs(OTHER_OPERATOR);
        assertTrue(claims.list(ClaimFilter.none(), PageRequest.of(0, 500)).items().stream()
                .noneMatch(c -> OPD.equals(c.opdCode())));
        assertEquals(BusinessException.Kind.NOT_FOUND, assertThrows(BusinessException.class,
                () -> claims.view(id)).kind());

        // documents, submission, BPJS's decision
        testCaller.actAs(OPERATOR);
        for (DocumentType d : claims.view(id).missingDocuments()) {
            claims.checkDocument(id, d, true);
        }
        claims.submit(id, "BPJS-TRK-IT-" + id);
        assertEquals(BusinessException.Kind.FORBIDDEN, assertThrows(BusinessException.class,
                () -> claims.decide(id, ClaimStatus.APPROVED, 70_000_000L, null, null)).kind(),
                "only BPJS decides");
        testCaller.actAs(BPJS);
        Claim approved = claims.decide(id, ClaimStatus.APPROVED, 68_000_000L, null, null);
        assertTrue(approved.amountDiffers(), "CL-02: decided differs from the expected Rp70,000,000");
        Claim paid = claims.decide(id, ClaimStatus.PAID, null, null, LocalDate.now());
        assertEquals(ClaimStatus.PAID, paid.status());
        assertEquals(List.of("CLAIM_REPORTED", "HEIR_ADDED", "HEIR_ADDED", "HEIR_ADDED", "SCHOLARSHIP_ADDED"),
                paid.events().stream().map(e -> e.action()).limit(5).toList());
        assertTrue(audited("CLAIM_APPROVED"));
        assertTrue(audited("CLAIM_PAID"));
    }

    private long count(String sql) throws SQLException {
        return enrolments.count(sql);
    }

    private ParticipantStatus status(long id) throws SQLException {
        return ParticipantStatus.valueOf(enrolments.status(id));
    }

    private boolean audited(String action) throws SQLException {
        return enrolments.audited(action);
    }
}
