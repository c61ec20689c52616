package id.rentan.funding.web;

import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.Payment;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Payments (F-05): FINANCE records the payment of an invoice with its treasury documents (SPP, SPM, SP2D); another
 * FINANCE user approves it from the queue (the recorder's own approval is refused by the service); BPJS's receipt
 * number makes it paid; a mistake is corrected by a reversal with a reason. Both lists are paged on the server.
 */
@Named
@ViewScoped
public class PaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many unpaid invoices the "record a payment" form offers (newest first). */
    static final int OPEN_INVOICES = 100;

    @Inject
    PaymentService payments;

    @Inject
    InvoiceService invoices;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private Long invoiceId;
    private List<Invoice> openInvoices = List.of();

    // the payment being recorded
    private String sppNumber;
    private LocalDate sppDate;
    private String spmNumber;
    private LocalDate spmDate;
    private String sp2dNumber;
    private LocalDate sp2dDate;
    private Long amount;

    // the list
    private PaymentStatus status;

    // the receipt and reversal dialogs
    private Payment current;
    private String receiptNumber;
    private String reason;

    private PagedDataModel<Payment> queue;
    private PagedDataModel<Payment> model;

    @PostConstruct
    void init() {
        queue = new PagedDataModel<>(request -> payments.payments(PaymentStatus.RECORDED, request),
                row -> Long.toString(row.id()));
        model = new PagedDataModel<>(request -> payments.payments(status, request), row -> Long.toString(row.id()));
        if (isMayRecord()) {
            openInvoices = invoices.invoices(null, null, InvoiceStatus.ISSUED, PageRequest.of(0, OPEN_INVOICES))
                    .items();
        }
        resetForm();
    }

    /** Called once the {@code invoice} view parameter is set: that invoice is chosen, its open amount proposed. */
    public void preselect() {
        if (invoiceId != null && isMayRecord()) {
            invoiceChosen();
        }
    }

    /** Proposes what is left to pay of the chosen invoice. */
    public void invoiceChosen() {
        amount = null;
        if (invoiceId == null) {
            return;
        }
        Invoice invoice = invoices.invoice(invoiceId);
        if (openInvoices.stream().noneMatch(i -> i.id().equals(invoice.id()))) {
            List<Invoice> offered = new ArrayList<>(openInvoices);
            offered.add(0, invoice);
            openInvoices = offered;
        }
        long claimed = payments.ofInvoice(invoiceId).stream()
                .filter(p -> p.status() != PaymentStatus.REVERSED)
                .mapToLong(p -> p.amount().amount()).sum();
        long open = invoice.total().amount() - claimed;
        amount = open > 0 ? open : null;
    }

    public void record() {
        Payment payment = payments.record(invoiceId == null ? 0 : invoiceId, new Payment.Documents(sppNumber, sppDate,
                spmNumber, spmDate, sp2dNumber, sp2dDate, amount == null ? null : Rupiah.of(amount)));
        messages.info("funding.ui.payment.recorded", payment.sp2dNumber(), payment.amount());
        invoiceId = null;
        resetForm();
    }

    private void resetForm() {
        LocalDate today = clock.today();
        sppNumber = null;
        spmNumber = null;
        sp2dNumber = null;
        sppDate = today;
        spmDate = today;
        sp2dDate = today;
        amount = null;
    }

    public void approve(Payment payment) {
        Payment approved = payments.approve(payment.id());
        messages.info("funding.ui.payment.approved", approved.sp2dNumber());
    }

    public void prepare(Payment payment) {
        current = payment;
        receiptNumber = null;
        reason = null;
    }

    public void receipt() {
        Payment paid = payments.receipt(current.id(), receiptNumber);
        messages.info("funding.ui.payment.receiptRecorded", paid.sp2dNumber(), paid.receiptNumber());
        current = null;
    }

    public void reverse() {
        Payment reversed = payments.reverse(current.id(), reason);
        messages.info("funding.ui.payment.reversed", reversed.sp2dNumber());
        current = null;
    }

    public void clear() {
        status = null;
    }

    public boolean isMayRecord() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    public boolean mayReceipt(Payment payment) {
        return payment.status() == PaymentStatus.APPROVED
                && callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER);
    }

    public boolean mayReverse(Payment payment) {
        return (payment.status() == PaymentStatus.APPROVED || payment.status() == PaymentStatus.PAID)
                && isMayRecord();
    }

    /** Whether the current user recorded the payment (and so may not approve it). */
    public boolean recordedByMe(Payment payment) {
        return callers.caller().username().equals(payment.recordedBy());
    }

    public List<PaymentStatus> getStatuses() {
        return Arrays.asList(PaymentStatus.values());
    }

    public PagedDataModel<Payment> getQueue() { return queue; }
    public PagedDataModel<Payment> getModel() { return model; }
    public List<Invoice> getOpenInvoices() { return openInvoices; }
    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public String getSppNumber() { return sppNumber; }
    public void setSppNumber(String sppNumber) { this.sppNumber = sppNumber; }
    public LocalDate getSppDate() { return sppDate; }
    public void setSppDate(LocalDate sppDate) { this.sppDate = sppDate; }
    public String getSpmNumber() { return spmNumber; }
    public void setSpmNumber(String spmNumber) { this.spmNumber = spmNumber; }
    public LocalDate getSpmDate() { return spmDate; }
    public void setSpmDate(LocalDate spmDate) { this.spmDate = spmDate; }
    public String getSp2dNumber() { return sp2dNumber; }
    public void setSp2dNumber(String sp2dNumber) { this.sp2dNumber = sp2dNumber; }
    public LocalDate getSp2dDate() { return sp2dDate; }
    public void setSp2dDate(LocalDate sp2dDate) { this.sp2dDate = sp2dDate; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public PaymentStatus getStatus() { return status; }
    public void setStatus(PaymentStatus status) { this.status = status; }
    public Payment getCurrent() { return current; }
    public String getReceiptNumber() { return receiptNumber; }
    public void setReceiptNumber(String receiptNumber) { this.receiptNumber = receiptNumber; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
