package id.rentan.funding.application;

import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.funding.domain.Payment;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * F-06: the ledger: appended in the transaction of the change it records, verified on request by recomputing the
 * chain, and read as the auditor's disbursement history.
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    FundingRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(LedgerEntryType type, Invoice invoice, Payment payment, Rupiah amount, String sp2d,
                              String reference, String description) {
        return repository.append(new FundingRepository.LedgerDraft(type, invoice.fiscalYear(), invoice.month(),
                invoice.sourceCode(), invoice.id(), payment == null ? null : payment.id(), amount, sp2d, reference,
                description), callers.caller().username(), clock.now());
    }

    /** F-06: recomputes every hash and link; names the first entry that no longer matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerVerification.Result verify() {
        Caller caller = callers.require(Role.ADMIN, Role.AUDITOR);
        LedgerVerification verification = new LedgerVerification();
        long[] last = {0};
        repository.forEachLedgerEntry(e -> {
            verification.accept(e);
            last[0] = e.seq();
        });
        LedgerVerification.Result result = verification.result();
        long head = repository.ledgerHeadSeq();
        if (result.valid() && head != last[0]) {
            // entries at the end were removed (or the head was moved)
            result = new LedgerVerification.Result(result.entries(), false, Math.min(head, last[0]) + 1, "sequence");
        }
        audit.recordIndependentlyAs(caller.username(), "LEDGER_VERIFIED", "Ledger", null, null,
                Map.of("entries", result.entries(), "valid", result.valid(),
                        "firstBrokenEntry", result.firstBrokenEntry() == null ? "" : result.firstBrokenEntry()));
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LedgerEntry> history(FundingRepository.LedgerFilter filter, PageRequest page) {
        callers.require(Role.ADMIN, Role.AUDITOR, Role.FINANCE);
        return repository.ledger(filter, page);
    }

    /** The rows of one page of the streamed export. */
    static final int EXPORT_PAGE = 1000;

    /**
     * The disbursement history as a file (audited), newest first like the screen. Streamed: the entries are read in
     * keyset pages of a thousand ({@code seq} below the last one written), so a ledger of 100,000 entries never sits
     * in memory and no page is found by skipping the ones before it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int export(FundingRepository.LedgerFilter filter, TableWriter out) {
        Caller caller = callers.require(Role.ADMIN, Role.AUDITOR, Role.FINANCE);
        out.header(List.of("no", "jenis", "waktu", "oleh", "tahun", "bulan", "sumber", "tagihan", "pembayaran",
                "jumlah", "sp2d", "referensi", "uraian", "hash_sebelumnya", "hash"));
        int[] n = {0};
        repository.forEachLedgerEntry(filter, true, EXPORT_PAGE, e -> {
            out.row(e.seq(), e.type().name(), e.recordedAt(), e.recordedBy(), e.fiscalYear(), e.month(),
                    e.sourceCode(), e.invoiceId(), e.paymentId(), e.amount().amount(), e.sp2dNumber(),
                    e.reference(), e.description(), e.prevHash(), e.hash());
            n[0]++;
        });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "LEDGER_EXPORTED", "Ledger", null, null, Map.of("rows", n[0]));
        return n[0];
    }
}
