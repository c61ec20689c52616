package id.rentan.funding.web;

import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.Payment;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * An invoice: period, source, lines and credits, rate, total, status and its payments, with its frozen lines paged
 * on the server and exportable as CSV or XLSX (a bulk read of personal data, audited by the service).
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    CallerContext callers;

    private Long id;
    private Invoice invoice;
    private List<Payment> invoicePayments = List.of();
    private PagedDataModel<InvoiceLine> lines;

    /** Loads the invoice named by the {@code id} view parameter (404 when there is none). */
    public void load() {
        try {
            if (id == null) {
                throw BusinessException.notFound("funding.invoice.notFound", "?");
            }
            invoice = invoices.invoice(id);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                NotFound.send();
                return;
            }
            throw e;
        }
        invoicePayments = payments.ofInvoice(id);
        long invoiceId = id;
        lines = new PagedDataModel<>(request -> invoices.lines(invoiceId, request), row -> Long.toString(row.id()));
    }

    public StreamedContent getCsv() {
        return export(TabularFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return export(TabularFormat.XLSX);
    }

    private StreamedContent export(TabularFormat format) {
        long invoiceId = invoice.id();
        return DefaultStreamedContent.builder()
                .name("tagihan-" + invoice.period() + "-" + invoice.sourceCode() + "." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> invoices.export(invoiceId, TableWriter.of(format, out, "Tagihan")))
                .build();
    }

    /** Whether the caller may record a payment of this invoice (it is not paid yet). */
    public boolean isMayPay() {
        return invoice.status() == InvoiceStatus.ISSUED && callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    /** The month a credit line refunds, from its {@code yyyyMM}; {@code null} for a premium line. */
    public YearMonth creditMonth(InvoiceLine line) {
        Integer period = line.creditPeriod();
        return period == null || period <= 0 ? null : YearMonth.of(period / 100, period % 100);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Invoice getInvoice() { return invoice; }
    public List<Payment> getInvoicePayments() { return invoicePayments; }
    public PagedDataModel<InvoiceLine> getLines() { return lines; }
}
