package id.rentan.it;

import id.rentan.funding.application.BudgetFigures;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.LedgerService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.application.ReconciliationService;
import id.rentan.funding.application.ArrearsService;
import id.rentan.funding.domain.BillReconciliation;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.paging.Page;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.funding.domain.Payment;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ImportResult;
import id.rentan.participants.application.ImportService;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistrationService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Funding in Payara Micro: commitments against allocations under concurrency (F-02), invoices with frozen lines and
 * credits (F-03, C-04, C-05), payments with maker-checker (F-05), and the ledger's tamper detection (F-06).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingIT {

    private static final Caller ADMIN = Callers.ADMIN;
    private static final Caller VERIFIER = Callers.VERIFIER;
    private static final Caller BPJS = Callers.BPJS;
    private static final Caller FINANCE = Callers.FINANCE;
    private static final Caller FINANCE2 = Callers.FINANCE2;
    private static final Caller AUDITOR = Callers.AUDITOR;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FundingIT.class, AsCaller.class, TestData.class);
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
    SubmissionService submissions;

    @Inject
    RegistrationService registrations;

    @Inject
    ParticipantDirectory directory;

    @Inject
    BudgetService budgets;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    LedgerService ledger;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    ArrearsService arrears;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @Resource
    UserTransaction tx;

    @Inject
    FundingRepository repository;

    @Inject
    Enrolments enrolments;

    private List<Long> verifiedCandidates(String opd, int n) throws SQLException {
        return enrolments.verified(opd, n);
    }

    private List<String> niks(List<Long> ids) throws SQLException {
        return enrolments.niks(ids);
    }

    @Test
    void hundredSimultaneousSubmissionsShareTheLastTenPlacesExactly() throws Exception {
        int year = 2031;
        YearMonth start = YearMonth.of(year, 1);
        testCaller.actAs(ADMIN);
        Rupiah place = budgets.costFrom(start);
        assertEquals(Rupiah.of(201_600), place, "C-02: Rp16,800 x 12");
        budgets.allocate(year, "APBD_PROV", place.times(10), null, null, "IT: sepuluh tempat terakhir");
        List<Long> ids = verifiedCandidates("KEC_WONOASIH", 100);

        List<Callable<Long>> work = new ArrayList<>();
        for (Long id : ids) {
            work.add(() -> asCaller.call(VERIFIER, () -> submissions.submit(List.of(id), start).result().doneCount()));
        }
        long admitted = 0;
        for (Future<Long> f : executor.invokeAll(work)) {
            admitted += f.get();
        }
        assertEquals(10, admitted, "F-02: exactly ten of a hundred fit");

        testCaller.actAs(ADMIN);
        BudgetFigures line = budgets.overview(year).get(0);
        assertEquals(place.times(10), line.committed());
        assertEquals(Rupiah.ZERO, line.remaining());
        assertEquals(0, line.placesLeft());

        // the 101st is refused with what is missing
        testCaller.actAs(VERIFIER);
        Long refusedId = ids.stream().filter(id -> {
            try {
                return "VERIFIED".equals(status(id));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        BulkResult.Row row = submissions.submit(List.of(refusedId), start).result().rows().get(0);
        assertFalse(row.done());
        assertEquals("funding.commit.insufficient", row.messageKey());
        assertEquals(List.of(Rupiah.of(201_600), Rupiah.ZERO), row.args(), "perlu Rp 201.600, sisa Rp 0");

        // leave nothing verified behind for other tests' "submit every verified participant"
        List<Long> leftovers = new ArrayList<>();
        for (Long id : ids) {
            if ("VERIFIED".equals(status(id))) {
                leftovers.add(id);
            }
        }
        assertEquals(90, leftovers.size());
        participants.reject(leftovers, "IT: tidak mendapat tempat");
    }

    private String status(long id) throws SQLException {
        return enrolments.status(id);
    }

    @Test
    @Order(1)
    void invoicesAreFrozenPaidByMakerCheckerAndCreditMonthsPaidAfterADeath() throws Exception {
        // last year, so that every month used below has ended and may be billed
        int year = YearMonth.now().getYear() - 1;
        String source = "IT_KEDOPOK";
        testCaller.actAs(ADMIN);
        budgets.saveSource(source, "Sumber uji (IT)", 9, true);
        // reserved to the kecamatan's RT/RW heads, so it pays for this test's participants only
        budgets.allocate(year, source, Rupiah.of(100_000_000L), "KEC_KEDOPOK", "RT_RW", "IT: pagu khusus");
        List<Long> ids = verifiedCandidates("KEC_KEDOPOK", 5);
        testCaller.actAs(VERIFIER);
        BulkResult submitted = submissions.submit(ids, null).result();
        assertEquals(5, submitted.doneCount(), submitted.rows().toString());
        // these workers were proposed at the start of last year (the registry only lets cover start after the
        // proposal), and BPJS starts their cover on 1 January: January to December of last year are billed, and
        // funding moves their commitment from the planned year to the year cover actually started (F-02)
        enrolments.registered(ids, LocalDate.of(year, 1, 1), java.util.Collections.nCopies(5, LocalDate.of(year, 1, 1)));
        testCaller.actAs(ADMIN);
        BudgetFigures lastYear = budgets.overview(year).stream().filter(f -> source.equals(f.sourceCode()))
                .findFirst().orElseThrow();
        assertEquals(Rupiah.of(5 * 12 * 16_800), lastYear.committed(), "F-02: January to December, five people");

        testCaller.actAs(FINANCE);
        Invoice january = invoices.generate(year, 1, source);
        assertEquals(5, january.premiumLines());
        assertEquals(Rupiah.of(16_800), january.rate());
        assertEquals(Rupiah.of(5 * 16_800), january.total(), "F-03: lines x rate, exactly");
        BusinessException twice = assertThrows(BusinessException.class, () -> invoices.generate(year, 1, source));
        assertEquals("funding.invoice.exists", twice.messageKey());
        Invoice february = invoices.generate(year, 2, source);
        List<InvoiceLine> febLines = invoices.lines(february.id(), PageRequest.of(0, 50)).items();
        assertEquals(5, febLines.size());

        // maker-checker: keuangan records, keuangan cannot approve, keuangan2 can
        for (Invoice inv : List.of(january, february)) {
            testCaller.actAs(FINANCE);
            Payment p = payments.record(inv.id(), new Payment.Documents("SPP/" + inv.id(), LocalDate.now(),
                    "SPM/" + inv.id(), LocalDate.now(), "SP2D/IT/" + inv.id(), LocalDate.now(), inv.total()));
            BusinessException own = assertThrows(BusinessException.class, () -> payments.approve(p.id()));
            assertEquals("funding.payment.ownApproval", own.messageKey());
            BusinessException tooMuch = assertThrows(BusinessException.class, () -> payments.record(inv.id(),
                    new Payment.Documents("SPP/X", LocalDate.now(), "SPM/X", LocalDate.now(), "SP2D/X" + inv.id(),
                            LocalDate.now(), Rupiah.of(1))));
            assertEquals("funding.payment.exceedsInvoice", tooMuch.messageKey(), "the invoice is fully claimed");
            testCaller.actAs(FINANCE2);
            payments.approve(p.id());
            payments.receipt(p.id(), "BPJS/KW/" + inv.id());
            assertEquals(InvoiceStatus.PAID, invoices.invoice(inv.id()).status());
        }
        assertTrue(audited("PAYMENT_OWN_APPROVAL_REFUSED"), "the refused self-approval is audited");

        // a death in January, recorded now: February was paid after it and becomes a credit on March's invoice
        long deceased = ids.get(0);
        testCaller.actAs(ADMIN);
        directory.markDeceased(deceased, LocalDate.of(year, 1, 20));
        testCaller.actAs(FINANCE);
        assertEquals(febLines, invoices.lines(february.id(), PageRequest.of(0, 50)).items(),
                "F-03: an issued invoice never changes");
        Invoice march = invoices.generate(year, 3, source);
        assertEquals(4, march.premiumLines(), "C-04: billed through the month of death only");
        assertEquals(1, march.creditLines());
        assertEquals(Rupiah.of(-16_800), march.credits());
        assertEquals(Rupiah.of(4 * 16_800 - 16_800), march.total());
        InvoiceLine credit = invoices.lines(march.id(), PageRequest.of(0, 50)).items().stream()
                .filter(l -> "CREDIT".equals(l.kind())).findFirst().orElseThrow();
        assertEquals(deceased, credit.participantId());
        assertEquals(year * 100 + 2, credit.creditPeriod());
        Invoice april = invoices.generate(year, 4, source);
        assertEquals(0, april.creditLines(), "a month is credited once");
        // ... and the database refuses a second credit of the same paid line (line_credit's primary key, V4)
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO funding.line_credit"
                    + " (credited_line_id, credit_line_id) SELECT credited_line_id, credit_line_id FROM funding.line_credit"
                    + " WHERE credit_line_id = " + credit.id()));
        }

        // F-04: BPJS's bill for April against the city's April invoice (the four living participants)
        List<String> allNiks = niks(ids);
        String bill = "kpj,nik,nama,periode,iuran\n"
                + "x," + allNiks.get(1) + ",SATU," + year + "-04,16800\n"              // matched
                + "x," + allNiks.get(2) + ",DUA," + year + "-04,\"Rp 20.000\"\n"      // wrong rate: +3,200
                + "x," + allNiks.get(0) + ",MENINGGAL," + year + "-04,16800\n"        // after the death in January
                + "x,3574019901900001,ORANG LAIN," + year + "-04,16800\n"             // not enrolled
                + "x," + allNiks.get(4) + ",EMPAT,04/" + year + ",16800\n"            // matched (other period form)
                + "x," + allNiks.get(4) + ",EMPAT," + year + "-05,16800\n";           // another month: invalid
        testCaller.actAs(BPJS);
        Reconciliation rec = reconciliations.reconcile(april.id(), bill.getBytes(StandardCharsets.UTF_8), "bpjs-april.csv");
        assertEquals(6, rec.billRows());
        assertEquals(2, rec.matched());
        assertEquals(1, rec.wrongRate());
        assertEquals(1, rec.afterExit());
        assertEquals(1, rec.notEnrolled());
        assertEquals(1, rec.notBilled(), "participant 3 is on the city's invoice, not on BPJS's bill");
        assertEquals(1, rec.invalid());
        assertEquals(4 * 16_800, rec.invoiceTotal());
        assertEquals(16_800 + 20_000 + 16_800 + 16_800 + 16_800 + 16_800, rec.billTotal());
        List<BillReconciliation.Row> rows = reconciliations.rows(rec.id(), null, PageRequest.of(0, 50)).items();
        assertEquals(7, rows.size());
        assertEquals(rec.difference(), rows.stream().mapToLong(BillReconciliation.Row::difference).sum(),
                "the differences in rupiah add up to bill minus invoice");
        BillReconciliation.Row notBilled = reconciliations.rows(rec.id(), BillReconciliation.Outcome.NOT_BILLED,
                PageRequest.of(0, 5)).items().get(0);
        assertEquals(allNiks.get(3), notBilled.nik());
        assertEquals(-16_800, notBilled.difference());
        assertTrue(audited("BPJS_BILL_RECONCILED"));
        testCaller.actAs(AUDITOR);
        assertThrows(BusinessException.class, () -> reconciliations.reconcile(april.id(),
                bill.getBytes(StandardCharsets.UTF_8), "x.csv"), "auditors read, they do not upload");
        testCaller.actAs(FINANCE);
        BusinessException columns = assertThrows(BusinessException.class, () -> reconciliations.reconcile(april.id(),
                "nik,iuran\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv"));
        assertEquals("import.file.missingColumns", columns.messageKey());

        // frozen in the database too
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE funding.invoice_line SET amount = 1 WHERE invoice_id = " + january.id()));
        }

        // the ledger holds the approvals, receipts and the credit, and verifies
        testCaller.actAs(AUDITOR);
        LedgerVerification.Result ok = ledger.verify();
        assertTrue(ok.valid(), ok.toString());
        assertTrue(ok.entries() >= 5);
    }

    @Test
    void eachReportedIncomeIsBilledAtItsOwnRateInOneInvoice() throws Exception {
        int year = YearMonth.now().getYear() - 1;
        String source = "IT_TARIF";
        testCaller.actAs(ADMIN);
        budgets.saveSource(source, "Sumber uji tarif (IT)", 11, true);
        budgets.allocate(year, source, Rupiah.of(100_000_000L), "KEC_KADEMANGAN", "RT_RW", "IT: pagu tarif");
        // C-01: JKK is 1% of the reported income, JKM Rp6,800 flat
        List<Long> ids = new ArrayList<>(enrolments.verified("KEC_KADEMANGAN", 3, ""));  // Rp1,000,000: Rp16,800
        ids.addAll(enrolments.verified("KEC_KADEMANGAN", 2, "1500000"));                  // Rp21,800
        ids.addAll(enrolments.verified("KEC_KADEMANGAN", 1, "2.000.000"));                // Rp26,800
        testCaller.actAs(VERIFIER);
        assertEquals(6, submissions.submit(ids, null).result().doneCount());
        enrolments.registered(ids, LocalDate.of(year, 1, 1), java.util.Collections.nCopies(6, LocalDate.of(year, 1, 1)));

        testCaller.actAs(FINANCE);
        Invoice june = invoices.generate(year, 6, source);
        assertEquals(6, june.premiumLines());
        assertNull(june.rate(), "no single rate: three incomes");
        assertEquals(Rupiah.of(3 * 16_800 + 2 * 21_800 + 26_800), june.total(), "F-03: the sum of the lines' rates");
        Map<Long, Long> amounts = new java.util.HashMap<>();
        invoices.lines(june.id(), PageRequest.of(0, 50)).items().forEach(l -> amounts.put(l.participantId(),
                l.amount().amount()));
        assertEquals(List.of(16_800L, 16_800L, 16_800L, 21_800L, 21_800L, 26_800L),
                ids.stream().map(amounts::get).toList(), "C-01/C-03: each at the rate of their income");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rates = s.executeQuery("SELECT reported_income, rate FROM funding.invoice_rate WHERE invoice_id = "
                    + june.id() + " ORDER BY reported_income");
            List<String> kept = new ArrayList<>();
            while (rates.next()) {
                kept.add(rates.getLong(1) + "=" + rates.getLong(2));
            }
            assertEquals(List.of("1000000=16800", "1500000=21800", "2000000=26800"), kept,
                    "the rates applied are kept with the invoice");
            ResultSet budget = s.executeQuery("SELECT SUM(line_count), SUM(amount) FROM funding.invoice_budget_total "
                    + "WHERE invoice_id = " + june.id());
            budget.next();
            assertEquals(6, budget.getLong(1));
            assertEquals(june.total().amount(), budget.getLong(2), "the budget line is charged the invoice's total");
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE funding.invoice_rate SET rate = 1 "
                    + "WHERE invoice_id = " + june.id()), "frozen like the lines");
        }

        // an income without a rate (a participant's income changed after the rates were looked up): no invoice at
        // all rather than one that leaves them out
        YearMonth july = YearMonth.of(year, 7);
        tx.begin();
        try {
            Invoice draft = repository.add(new Invoice(july, source, "keuangan", java.time.LocalDateTime.now()));
            BusinessException changed = assertThrows(BusinessException.class, () -> repository.writeLines(draft,
                    Map.of(1_000_000L, 16_800L, 1_500_000L, 21_800L)));
            assertEquals("funding.invoice.rosterChanged", changed.messageKey());
        } finally {
            tx.rollback();
        }
        assertEquals(6, invoices.generate(year, 7, source).premiumLines(), "generated again, it is whole");
    }

    @Test
    void anInvoiceFileHasEveryLineOnceInTheOrderOfItsPages() throws Exception {
        // the demo's largest invoice: its file is read in keyset pages of a thousand lines (roster order)
        testCaller.actAs(AUDITOR);
        Invoice largest = invoices.invoices(null, null, null, PageRequest.of(0, 200)).items().stream()
                .max(java.util.Comparator.comparingInt(i -> i.premiumLines() + i.creditLines())).orElseThrow();
        int lines = largest.premiumLines() + largest.creditLines();
        assertTrue(lines > 2_000, "the demo has invoices of several thousand lines: " + lines);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(lines, invoices.export(largest.id(), id.rentan.platform.api.io.TableWriter.csv(out)));
        List<String> rows = new String(out.toByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines()
                .skip(1).toList();
        assertEquals(lines, rows.size());
        // the NIK column: each participant once per month's premium, in the order the screen pages show
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 500 < lines; page++) {
            invoices.lines(largest.id(), PageRequest.of(page, 500)).items().forEach(l -> paged.add(l.nik()));
        }
        assertEquals(paged, rows.stream().map(r -> r.split(",")[3]).toList());
        assertEquals(largest.premiumLines(), rows.stream().filter(r -> r.contains(",PREMIUM,"))
                .map(r -> r.split(",")[3]).distinct().count(), "no line read twice or left out");
    }

    @Test
    @Order(2)
    void theLedgerRefusesChangesAndFindsTheFirstAlteredEntry() throws Exception {
        testCaller.actAs(AUDITOR);
        LedgerVerification.Result before = ledger.verify();
        assertTrue(before.valid(), before.toString());
        assertTrue(before.entries() > 0, "the invoice test (run first) appended entries");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE funding.ledger_entry SET amount = 1"),
                    "append-only: the database refuses");
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM funding.ledger_entry"));
            // someone with the database owner's rights drops the trigger and changes an amount
            s.execute("DROP TRIGGER funding.ledger_entry_no_update");
            long seq;
            long amount;
            try (ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM funding.ledger_entry")) {
                rs.next();
                seq = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT amount FROM funding.ledger_entry WHERE seq = " + seq)) {
                rs.next();
                amount = rs.getLong(1);
            }
            try {
                s.executeUpdate("UPDATE funding.ledger_entry SET amount = amount + 1000 WHERE seq = " + seq);
                LedgerVerification.Result after = ledger.verify();
                assertFalse(after.valid());
                assertEquals(seq, after.firstBrokenEntry());
                assertEquals("content", after.problem());
            } finally {
                s.executeUpdate("UPDATE funding.ledger_entry SET amount = " + amount + " WHERE seq = " + seq);
                s.execute("CREATE TRIGGER funding.ledger_entry_no_update BEFORE UPDATE ON funding.ledger_entry "
                        + "FOR EACH ROW CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger'");
            }
        }
        LedgerVerification.Result restored = ledger.verify();
        assertTrue(restored.valid());
        assertNull(restored.firstBrokenEntry());
    }

    @Test
    @Order(3)
    void unpaidMonthsPutParticipantsInGraceThenLapsedAndPayingInTimeRestoresThem() throws Exception {
        int year = YearMonth.now().getYear() - 1;
        String source = "IT_TUNGGAK";
        testCaller.actAs(ADMIN);
        budgets.saveSource(source, "Sumber uji tunggakan (IT)", 8, true);
        budgets.allocate(year, source, Rupiah.of(100_000_000L), "KEC_KANIGARAN", "RT_RW", "IT: pagu tunggakan");
        List<Long> ids = verifiedCandidates("KEC_KANIGARAN", 3);
        testCaller.actAs(VERIFIER);
        assertEquals(3, submissions.submit(ids, null).result().doneCount());
        // A and B covered from October of last year, C from August
        LocalDate[] starts = {LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 1), LocalDate.of(year, 8, 1)};
        enrolments.registered(ids, LocalDate.of(year, 1, 1), List.of(starts));

        // August to December are invoiced; only October is paid
        testCaller.actAs(FINANCE);
        List<Invoice> months = new ArrayList<>();
        for (int m = 8; m <= 12; m++) {
            months.add(invoices.generate(year, m, source));
        }
        assertEquals(1, months.get(0).premiumLines(), "August: C only");
        assertEquals(3, months.get(2).premiumLines(), "October: A, B and C");
        pay(months.get(2));

        testCaller.actAs(ADMIN);
        ArrearsService.CheckResult first = arrears.check();
        assertTrue(first.atRisk() >= 3, first.toString());
        assertEquals(ParticipantStatus.GRACE, directory.byId(ids.get(0)).orElseThrow().status(),
                "two unpaid months (November, December): GRACE");
        assertEquals(ParticipantStatus.GRACE, directory.byId(ids.get(1)).orElseThrow().status());
        assertEquals(ParticipantStatus.LAPSED, directory.byId(ids.get(2)).orElseThrow().status(),
                "four unpaid months (August, September, November, December): more than three, LAPSED");
        testCaller.actAs(FINANCE);
        FundingRepository.Arrear a = arrearOf(ids.get(0));
        assertEquals(YearMonth.of(year, 11), a.since());
        assertEquals(2, a.unpaidMonths());
        assertEquals(2 * 16_800, a.amount());
        assertEquals(4, arrearOf(ids.get(2)).unpaidMonths());

        // the city pays November and December: A and B are ACTIVE again; C stays LAPSED
        pay(months.get(3));
        pay(months.get(4));
        testCaller.actAs(ADMIN);
        ArrearsService.CheckResult second = arrears.check();
        assertTrue(second.backToActive() >= 2, second.toString());
        assertEquals(ParticipantStatus.ACTIVE, directory.byId(ids.get(0)).orElseThrow().status());
        assertEquals(ParticipantStatus.ACTIVE, directory.byId(ids.get(1)).orElseThrow().status());
        assertEquals(ParticipantStatus.LAPSED, directory.byId(ids.get(2)).orElseThrow().status());
        testCaller.actAs(FINANCE);
        assertNull(arrearOfOrNull(ids.get(0)), "paid: no longer at risk");
        assertEquals(2, arrearOf(ids.get(2)).unpaidMonths(), "August and September are still unpaid");
        assertTrue(audited("ARREARS_CHECKED"));
        testCaller.actAs(VERIFIER);
        BusinessException notAdmin = assertThrows(BusinessException.class, () -> arrears.check());
        assertEquals(BusinessException.Kind.FORBIDDEN, notAdmin.kind());
    }

    private void pay(Invoice invoice) {
        enrolments.pay(invoice);
    }

    private FundingRepository.Arrear arrearOf(long participantId) {
        FundingRepository.Arrear a = arrearOfOrNull(participantId);
        assertTrue(a != null, "participant " + participantId + " is on the arrears list");
        return a;
    }

    private FundingRepository.Arrear arrearOfOrNull(long participantId) {
        for (int page = 0; ; page++) {
            Page<FundingRepository.Arrear> p = arrears.atRisk(PageRequest.of(page, 200));
            for (FundingRepository.Arrear a : p.items()) {
                if (a.participantId() == participantId) {
                    return a;
                }
            }
            if (p.items().size() < 200) {
                return null;
            }
        }
    }

    @Test
    void budgetFiguresAndRoles() {
        int year = YearMonth.now().getYear();
        testCaller.actAs(FINANCE);
        List<BudgetFigures> bySource = budgets.bySource(year);
        assertTrue(bySource.stream().anyMatch(f -> "APBD".equals(f.sourceCode())
                && f.allocated().equals(Rupiah.of(907_200_000L))), bySource.toString());
        assertTrue(bySource.stream().allMatch(f -> f.committed().amount() > 0), "demo commitments for the year");
        BusinessException notAdmin = assertThrows(BusinessException.class, () -> budgets.allocate(year, "APBD",
                Rupiah.of(1), null, null, "x"));
        assertEquals(BusinessException.Kind.FORBIDDEN, notAdmin.kind());
        testCaller.actAs(ADMIN);
        BusinessException noReason = assertThrows(BusinessException.class, () -> budgets.allocate(year, "APBD",
                Rupiah.of(1), null, null, " "));
        assertEquals("funding.allocation.reasonRequired", noReason.messageKey());
        BusinessException below = assertThrows(BusinessException.class, () -> budgets.allocate(year, "APBD",
                Rupiah.of(1), null, null, "P-APBD"));
        assertEquals("funding.allocation.belowCommitted", below.messageKey());
    }

    private boolean audited(String action) throws SQLException {
        return enrolments.audited(action);
    }
}
