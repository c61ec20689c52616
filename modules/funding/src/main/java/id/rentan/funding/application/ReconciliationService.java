package id.rentan.funding.application;

import id.rentan.funding.domain.BillReconciliation;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * F-04: BPJS's bill for an invoice's month ({@code kpj,nik,nama,periode,iuran}, CSV or XLSX), reconciled line by line
 * against the invoice's frozen PREMIUM lines. The result is stored (every upload is kept) and downloadable.
 */
@ApplicationScoped
public class ReconciliationService {

    /** The columns of BPJS's bill, in this order or any order. */
    public static final List<String> COLUMNS = List.of("kpj", "nik", "nama", "periode", "iuran");

    @Inject
    FundingRepository repository;

    @Inject
    InvoiceService invoices;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "funding.bill.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** The largest bill accepted, in bytes ({@code funding.bill.max-bytes}, default 20 MB). */
    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public Reconciliation reconcile(long invoiceId, byte[] content, String fileName) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER);
        Invoice invoice = invoices.invoice(invoiceId);
        if (content == null || content.length == 0) {
            throw new BusinessException("import.file.empty");
        }
        TableReader.Table table = TableReader.read(content);
        Map<String, Integer> col = columns(table.header());
        List<BillReconciliation.BillRow> bill = new ArrayList<>();
        for (TableReader.TableRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            bill.add(new BillReconciliation.BillRow(row.line(), row.cell(col.get("kpj")), row.cell(col.get("nik")),
                    row.cell(col.get("nama")), row.cell(col.get("periode")), row.cell(col.get("iuran"))));
        }
        if (bill.isEmpty()) {
            throw new BusinessException("funding.reconciliation.empty");
        }
        List<BillReconciliation.Expected> expected = new ArrayList<>();
        repository.forEachLine(invoiceId, l -> {
            if ("PREMIUM".equals(l.kind())) {
                expected.add(new BillReconciliation.Expected(l.nik(), l.kpj(), l.fullName(), l.amount().amount()));
            }
        });
        BillReconciliation.Result result = BillReconciliation.reconcile(invoice.period(), expected,
                repository.exitedBefore(invoice.period(), invoice.sourceCode()), bill);
        Reconciliation r = repository.add(new Reconciliation(invoiceId, fileName, result, caller.username(),
                clock.now()), result.rows());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("invoice", invoiceId);
        after.put("period", invoice.period().toString());
        after.put("source", invoice.sourceCode());
        after.put("file", String.valueOf(fileName));
        after.put("billRows", result.billRows());
        after.put("billTotal", result.billTotal());
        after.put("invoicePremiums", result.invoiceTotal());
        result.counts().forEach((k, v) -> after.put(k.name(), v));
        audit.record("BPJS_BILL_RECONCILED", "Reconciliation", String.valueOf(r.id()), null, after);
        return r;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !col.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("import.file.missingColumns", String.join(", ", missing));
        }
        return col;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Reconciliation reconciliation(long id) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.reconciliation(id)
                .orElseThrow(() -> BusinessException.notFound("funding.reconciliation.notFound", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reconciliation> ofInvoice(long invoiceId) {
        invoices.invoice(invoiceId);
        return repository.reconciliations(invoiceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BillReconciliation.Row> rows(long id, BillReconciliation.Outcome outcome, PageRequest page) {
        reconciliation(id);
        return repository.reconciliationRows(id, outcome, page);
    }

    /** The reconciliation's rows as a file (personal data of the bill: audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int export(long id, TableWriter out) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        Reconciliation r = reconciliation(id);
        int[] n = {0};
        out.header(List.of("baris_tagihan", "hasil", "kpj", "nik", "nama", "ditagih_bpjs", "tagihan_kota", "selisih",
                "keterangan"));
        repository.forEachReconciliationRow(id, row -> {
            n[0]++;
            out.row(row.line() == null ? "" : String.valueOf(row.line()), row.outcome().name(), row.kpj(), row.nik(),
                    row.name(), row.billed(), row.expected(), row.difference(), row.note() == null ? "" : row.note());
        });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "RECONCILIATION_EXPORTED", "Reconciliation",
                String.valueOf(id), null, Map.of("invoice", r.invoiceId(), "rows", n[0]));
        return n[0];
    }
}
