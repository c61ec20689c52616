package id.rentan.funding.application;

import id.rentan.funding.api.FundingEvidence;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@link FundingEvidence} for the reporting module's evidence pack: reads only, for ADMIN and AUDITOR. Ledger entries
 * and roster lines are read in keyset pages of a thousand and handed on one by one; nothing large is collected.
 */
@ApplicationScoped
public class FundingEvidenceService implements FundingEvidence {

    /** The rows of one keyset page of the ledger. */
    static final int PAGE = 1000;

    @Inject
    FundingRepository repository;

    @Inject
    LedgerService ledger;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Period> periods() {
        require();
        Map<String, String> names = sourceNames();
        return repository.yearsAndSources().stream()
                .map(p -> new Period(p.fiscalYear(), p.sourceCode(), names.getOrDefault(p.sourceCode(), p.sourceCode())))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Period period(int year, String sourceCode) {
        require();
        if (sourceCode == null || sourceCode.isBlank()) {
            throw new BusinessException("funding.evidence.sourceRequired");
        }
        String code = sourceCode.strip().toUpperCase(Locale.ROOT);
        FundingSource source = repository.source(code)
                .orElseThrow(() -> new BusinessException("funding.source.unknown", sourceCode.strip()));
        if (!repository.yearsAndSources().contains(new FundingRepository.YearSource(year, code))) {
            throw new BusinessException("funding.evidence.periodUnknown", String.valueOf(year), code);
        }
        return new Period(year, code, source.name());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long forEachLedgerEntry(int year, String sourceCode, Consumer<Entry> consumer) {
        require();
        long[] n = {0};
        repository.forEachLedgerEntry(new FundingRepository.LedgerFilter(year, sourceCode, null, null, null), false,
                PAGE, e -> {
                    consumer.accept(entry(e));
                    n[0]++;
                });
        return n[0];
    }

    private static Entry entry(LedgerEntry e) {
        return new Entry(e.seq(), e.type().name(), e.recordedAt(), e.recordedBy(), e.fiscalYear(), e.month(),
                e.sourceCode(), e.invoiceId(), e.paymentId(), e.amount().amount(), e.sp2dNumber(), e.reference(),
                e.description(), e.prevHash(), e.hash(), e.intact());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verifyLedger() {
        Caller caller = require();
        LedgerVerification.Result r = ledger.verify();
        return new Verification(r.entries(), r.valid(), r.firstBrokenEntry(), r.problem(), clock.now(),
                caller.username());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invoice> invoices(int year, String sourceCode) {
        require();
        return invoiceEntities(year, sourceCode).stream().map(FundingEvidenceService::invoice).toList();
    }

    /** At most twelve: one per month (a unique key), so one page holds them all. */
    private List<id.rentan.funding.domain.Invoice> invoiceEntities(int year, String sourceCode) {
        List<id.rentan.funding.domain.Invoice> list = new ArrayList<>(repository.invoices(year, sourceCode, null,
                PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        list.sort(Comparator.comparingInt(id.rentan.funding.domain.Invoice::month));
        return list;
    }

    private static Invoice invoice(id.rentan.funding.domain.Invoice i) {
        return new Invoice(i.id(), i.fiscalYear(), i.month(), i.sourceCode(), i.premiumLines(), i.creditLines(),
                i.rate() == null ? null : i.rate().amount(), i.premiums().amount(), i.credits().amount(),
                i.total().amount(), i.status().name(), i.generatedBy(), i.generatedAt(), i.paidAt());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long forEachRosterLine(long invoiceId, Consumer<RosterLine> consumer) {
        require();
        long[] n = {0};
        repository.forEachLine(invoiceId, l -> {
            consumer.accept(new RosterLine(l.id(), l.kind(), l.participantId(), l.opdCode(), l.sectorCode(), l.nik(),
                    l.kpj(), l.fullName(), l.creditPeriod(), l.amount().amount()));
            n[0]++;
        });
        return n[0];
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> payments(int year, String sourceCode) {
        require();
        Map<Long, Integer> months = new java.util.HashMap<>();
        for (id.rentan.funding.domain.Invoice i : invoiceEntities(year, sourceCode)) {
            months.put(i.id(), i.month());
        }
        return repository.payments(year, sourceCode).stream()
                .map(p -> payment(p, months.getOrDefault(p.invoiceId(), 0))).toList();
    }

    private static Payment payment(id.rentan.funding.domain.Payment p, int month) {
        return new Payment(p.id(), p.invoiceId(), month, p.sppNumber(), p.sppDate(), p.spmNumber(), p.spmDate(),
                p.sp2dNumber(), p.sp2dDate(), p.amount().amount(), p.status().name(), p.recordedBy(), p.recordedAt(),
                p.approvedBy(), p.approvedAt(), p.receiptNumber(), p.receiptAt(), p.reversalReason(), p.reversedBy(),
                p.reversedAt());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reconciliation> reconciliations(int year, String sourceCode) {
        require();
        List<Reconciliation> all = new ArrayList<>();
        for (id.rentan.funding.domain.Invoice i : invoiceEntities(year, sourceCode)) {
            List<id.rentan.funding.domain.Reconciliation> of = new ArrayList<>(repository.reconciliations(i.id()));
            of.sort(Comparator.comparing(id.rentan.funding.domain.Reconciliation::id));
            for (id.rentan.funding.domain.Reconciliation r : of) {
                all.add(new Reconciliation(r.id(), r.invoiceId(), i.month(), r.fileName(), r.billRows(),
                        r.billTotal(), r.invoiceTotal(), r.matched(), r.notEnrolled(), r.notBilled(), r.afterExit(),
                        r.wrongRate(), r.invalid(), r.uploadedBy(), r.uploadedAt()));
            }
        }
        return all;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long forEachReconciliationRow(long reconciliationId, Consumer<ReconciliationRow> consumer) {
        require();
        long[] n = {0};
        repository.forEachReconciliationRow(reconciliationId, r -> {
            consumer.accept(new ReconciliationRow(r.line(), r.outcome().name(), r.kpj(), r.nik(), r.name(),
                    r.billed(), r.expected(), r.difference(), r.note()));
            n[0]++;
        });
        return n[0];
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Totals totals(int year, String sourceCode) {
        require();
        List<id.rentan.funding.domain.Invoice> invoices = invoiceEntities(year, sourceCode);
        long premiums = 0;
        long credits = 0;
        long invoiced = 0;
        long paidInvoices = 0;
        for (id.rentan.funding.domain.Invoice i : invoices) {
            premiums += i.premiums().amount();
            credits += i.credits().amount();
            invoiced += i.total().amount();
            if (i.status() == InvoiceStatus.PAID) {
                paidInvoices += i.total().amount();
            }
        }
        long rosterLines = 0;
        long rosterAmount = 0;
        for (long[] t : repository.rosterTotals(year, sourceCode).values()) {
            rosterLines += t[0];
            rosterAmount += t[1];
        }
        List<id.rentan.funding.domain.Payment> payments = repository.payments(year, sourceCode);
        long paid = sum(payments, PaymentStatus.PAID);
        long reversed = sum(payments, PaymentStatus.REVERSED);
        Map<LedgerEntryType, Long> ledgerSums = repository.ledgerSums(year, sourceCode);
        return new Totals(repository.allocated(year, sourceCode), invoices.size(), rosterLines, premiums, credits,
                invoiced, rosterAmount, paidInvoices, payments.size(), repository.disbursed(year, sourceCode), paid,
                reversed, ledgerSums.getOrDefault(LedgerEntryType.PAYMENT_APPROVED, 0L),
                ledgerSums.getOrDefault(LedgerEntryType.RECEIPT, 0L),
                ledgerSums.getOrDefault(LedgerEntryType.CREDIT, 0L),
                ledgerSums.getOrDefault(LedgerEntryType.REVERSAL, 0L));
    }

    private static long sum(List<id.rentan.funding.domain.Payment> payments, PaymentStatus status) {
        return payments.stream().filter(p -> p.status() == status).mapToLong(p -> p.amount().amount()).sum();
    }

    private Map<String, String> sourceNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (FundingSource s : repository.sources()) {
            names.put(s.code(), s.name());
        }
        return names;
    }

    private Caller require() {
        return callers.require(Role.ADMIN, Role.AUDITOR);
    }
}
