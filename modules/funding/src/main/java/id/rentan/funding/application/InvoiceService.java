package id.rentan.funding.application;

import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * F-03/C-03..C-05: monthly invoices. Generating one writes its frozen lines in the database (one INSERT ... SELECT per
 * rate), so 100,000 participants take about a second; later changes to participants never touch an issued invoice.
 */
@ApplicationScoped
public class InvoiceService {

    private static final Logger LOG = Logger.getLogger(InvoiceService.class.getName());

    @Inject
    FundingRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Parameters parameters;

    @Inject
    LedgerService ledger;

    /**
     * F-03: the invoice of a month and source. Refused when it exists (naming it) or when the month has not begun.
     */
    @Transactional
    public Invoice generate(int year, int month, String sourceCode) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE);
        if (month < 1 || month > 12 || year < 2000 || year > 2100) {
            throw new BusinessException("funding.invoice.period", year + "-" + month);
        }
        YearMonth period = YearMonth.of(year, month);
        if (period.isAfter(YearMonth.from(clock.today()))) {
            throw new BusinessException("funding.invoice.future", period.toString());
        }
        String source = sourceCode == null ? "" : sourceCode.strip().toUpperCase(Locale.ROOT);
        repository.source(source).orElseThrow(() -> new BusinessException("funding.source.unknown", sourceCode));
        repository.invoice(period, source).ifPresent(existing -> {
            throw BusinessException.conflict("funding.invoice.exists", period.toString(), source, existing.id());
        });
        long started = System.nanoTime();
        LocalDateTime now = clock.now();
        Invoice invoice = repository.add(new Invoice(period, source, caller.username(), now));
        ParameterRates rates = new ParameterRates(parameters);
        Map<Long, Long> ratePerIncome = new LinkedHashMap<>();
        for (Long income : repository.billedIncomes(period, source)) {
            ratePerIncome.put(income, rates.monthlyPremium(income, period).amount());
        }
        long rated = System.nanoTime();
        long[] t = repository.writeLines(invoice, ratePerIncome);
        long written = System.nanoTime();
        Rupiah common = t[4] == 1 ? Rupiah.of(t[5]) : null;
        invoice.totals((int) t[0], Rupiah.of(t[1]), (int) t[2], Rupiah.of(t[3]), common);
        if (t[2] > 0) {
            ledger.append(LedgerEntryType.CREDIT, invoice, null, Rupiah.of(t[3]), null, null,
                    t[2] + " bulan dikreditkan (C-05) pada tagihan " + period + " " + source);
        }
        audit.record("INVOICE_GENERATED", "Invoice", String.valueOf(invoice.id()), null,
                Map.of("period", period.toString(), "source", source, "premiumLines", t[0], "premiums", t[1],
                        "creditLines", t[2], "credits", t[3], "total", invoice.total().amount()));
        long done = System.nanoTime();
        LOG.info(() -> "Invoice " + period + " " + source + ": " + t[0] + " lines, " + t[2] + " credits in "
                + (done - started) / 1_000_000 + " ms (" + ratePerIncome.size() + " incomes rated in "
                + (rated - started) / 1_000_000 + " ms, lines written and summed in " + (written - rated) / 1_000_000
                + " ms; the commit follows)");
        return invoice;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Invoice invoice(long id) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.invoice(id).orElseThrow(() -> BusinessException.notFound("funding.invoice.notFound", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Invoice> invoices(Integer year, String source, InvoiceStatus status, PageRequest page) {
        return invoices(year, null, source, status, page);
    }

    /** The invoices of a year, month (1-12), source and status ({@code null}: any), newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Invoice> invoices(Integer year, Integer month, String source, InvoiceStatus status,
                                  PageRequest page) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.invoices(year, month, source == null || source.isBlank() ? null : source, status, page);
    }

    /** Invoices not paid yet, oldest first (FINANCE's home page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invoice> due(int max) {
        callers.require(Role.ADMIN, Role.FINANCE);
        List<Invoice> open = new java.util.ArrayList<>(repository.invoices(null, null, InvoiceStatus.ISSUED,
                PageRequest.of(0, max)).items());
        open.sort(java.util.Comparator.comparing(Invoice::period));
        return open;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InvoiceLine> lines(long invoiceId, PageRequest page) {
        invoice(invoiceId);
        return repository.lines(invoiceId, callers.scope(), page);
    }

    /** The frozen roster of an invoice as a file: a bulk read of personal data, audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int export(long invoiceId, TableWriter out) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        Invoice invoice = invoice(invoiceId);
        int[] n = {0};
        out.header(List.of("baris", "jenis", "kpj", "nik", "nama", "opd", "sektor", "periode_kredit", "iuran"));
        repository.forEachLine(invoiceId, l -> {
            n[0]++;
            out.row(n[0], l.kind(), l.kpj(), l.nik(), l.fullName(), l.opdCode(), l.sectorCode(),
                    l.creditPeriod() == null ? "" : String.valueOf(l.creditPeriod()), l.amount().amount());
        });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "INVOICE_EXPORTED", "Invoice", String.valueOf(invoiceId), null,
                Map.of("period", invoice.period().toString(), "source", invoice.sourceCode(), "rows", n[0]));
        return n[0];
    }
}
