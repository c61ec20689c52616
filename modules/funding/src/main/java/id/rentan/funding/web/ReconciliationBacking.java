package id.rentan.funding.web;

import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.ReconciliationService;
import id.rentan.funding.domain.BillReconciliation;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * F-04: BPJS's bill for an invoice's month, uploaded and reconciled line by line; the earlier reconciliations of the
 * invoice; the rows of the chosen one, filtered by outcome and paged on the server, and downloadable.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    InvoiceService invoices;

    @Inject
    CallerContext callers;

    @Inject
    Messages messages;

    private Long invoiceId;
    private Long id;
    private Invoice invoice;
    private Reconciliation current;
    private List<Reconciliation> history = List.of();
    private BillReconciliation.Outcome outcome;
    private PagedDataModel<BillReconciliation.Row> rows;

    /** Loads the invoice ({@code invoice} parameter) or the reconciliation ({@code id}); 404 when neither exists. */
    public void load() {
        try {
            if (id != null) {
                current = reconciliations.reconciliation(id);
                invoiceId = current.invoiceId();
            }
            if (invoiceId == null) {
                throw BusinessException.notFound("funding.invoice.notFound", "?");
            }
            invoice = invoices.invoice(invoiceId);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                NotFound.send();
                return;
            }
            throw e;
        }
        history = reconciliations.ofInvoice(invoiceId);
        if (current == null && !history.isEmpty()) {
            current = history.get(0);
        }
        refreshRows();
    }

    private void refreshRows() {
        if (current == null) {
            rows = null;
            return;
        }
        long recId = current.id();
        BillReconciliation.Outcome filter = outcome;
        rows = new PagedDataModel<>(request -> reconciliations.rows(recId, filter, request),
                row -> recId + ":" + row.line() + ":" + row.nik());
    }

    public void upload(FileUploadEvent event) {
        current = reconciliations.reconcile(invoiceId, event.getFile().getContent(), event.getFile().getFileName());
        history = reconciliations.ofInvoice(invoiceId);
        outcome = null;
        refreshRows();
        messages.info("funding.reconciliation.done", current.billRows(), current.matched(), current.difference());
    }

    public void filter() {
        refreshRows();
    }

    public boolean isMayUpload() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER);
    }

    public BillReconciliation.Outcome[] getOutcomes() {
        return BillReconciliation.Outcome.values();
    }

    public StreamedContent getCsv() {
        return export(TabularFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return export(TabularFormat.XLSX);
    }

    private StreamedContent export(TabularFormat format) {
        long recId = current.id();
        return DefaultStreamedContent.builder()
                .name("rekonsiliasi-" + invoice.period() + "-" + invoice.sourceCode() + "-" + recId + "."
                        + format.extension())
                .contentType(format.mediaType())
                .writer(out -> reconciliations.export(recId, TableWriter.of(format, out, "Rekonsiliasi")))
                .build();
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name("tagihan-bpjs-templat.csv")
                .contentType(TabularFormat.CSV.mediaType())
                .writer(out -> {
                    TableWriter w = TableWriter.of(TabularFormat.CSV, out, "Tagihan");
                    w.header(ReconciliationService.COLUMNS);
                    w.row("12345678901", "3574010101900001", "NAMA PESERTA", invoice.period().toString(), 16800);
                    w.close();
                })
                .build();
    }

    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Invoice getInvoice() { return invoice; }
    public Reconciliation getCurrent() { return current; }
    public List<Reconciliation> getHistory() { return history; }
    public BillReconciliation.Outcome getOutcome() { return outcome; }
    public void setOutcome(BillReconciliation.Outcome outcome) { this.outcome = outcome; }
    public PagedDataModel<BillReconciliation.Row> getRows() { return rows; }
}
