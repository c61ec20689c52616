package id.rentan.funding.application;

import id.rentan.funding.api.FundingEvents;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.Payment;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * F-05: payments of invoices: recorded with the treasury documents (SPP, SPM, SP2D), approved by another FINANCE user
 * or an administrator (never by the recorder: refused and audited), marked paid with BPJS's receipt number, and
 * corrected only by reversal. Every approval, receipt and reversal is appended to the ledger (F-06). The invoice is
 * locked while its payments change, so two payments cannot together exceed it.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    Event<FundingEvents.InvoicePaid> invoicePaid;

    @Inject
    Event<FundingEvents.InvoiceReopened> invoiceReopened;

    @Inject
    FundingRepository repository;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    LedgerService ledger;

    @Transactional
    public Payment record(long invoiceId, Payment.Documents documents) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE);
        Invoice invoice = lockInvoice(invoiceId);
        if (invoice.status() == InvoiceStatus.PAID) {
            throw BusinessException.conflict("funding.payment.invoicePaid", invoice.period().toString(),
                    invoice.sourceCode());
        }
        LocalDateTime now = clock.now();
        Payment payment = new Payment(invoice, documents, caller.username(), now);
        Rupiah open = invoice.total().minus(Rupiah.of(repository.disbursedForInvoice(invoiceId)));
        if (payment.amount().compareTo(open) > 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "F-05", "funding.payment.exceedsInvoice",
                    payment.amount(), open);
        }
        requireWithinAllocation(invoice, payment.amount());
        if (repository.sp2dUsed(payment.sp2dNumber())) {
            throw BusinessException.conflict("funding.payment.sp2dUsed", payment.sp2dNumber());
        }
        repository.add(payment);
        audit.record("PAYMENT_RECORDED", "Payment", String.valueOf(payment.id()), null, snapshot(payment));
        return payment;
    }

    /** F-05: the payment can never exceed what is left of the allocation of its year and source. */
    private void requireWithinAllocation(Invoice invoice, Rupiah amount) {
        repository.lockLines(invoice.fiscalYear()); // one payment decision per year at a time
        Rupiah left = Rupiah.of(repository.allocated(invoice.fiscalYear(), invoice.sourceCode())
                - repository.disbursed(invoice.fiscalYear(), invoice.sourceCode()));
        if (amount.compareTo(left) > 0) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "F-05", "funding.payment.exceedsAllocation",
                    amount, left.max(Rupiah.ZERO));
        }
    }

    /** F-05: approval by someone other than the recorder; the attempt of the recorder is refused and audited. */
    @Transactional
    public Payment approve(long paymentId) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE);
        Payment payment = lockPayment(paymentId);
        Invoice invoice = lockInvoice(payment.invoiceId());
        if (caller.username().equals(payment.recordedBy())) {
            audit.recordIndependentlyAs(caller.username(), "PAYMENT_OWN_APPROVAL_REFUSED", "Payment",
                    String.valueOf(paymentId), null, Map.of("recordedBy", payment.recordedBy()));
        }
        LocalDateTime now = clock.now();
        Map<String, Object> before = snapshot(payment);
        if (payment.status() == PaymentStatus.RECORDED) {
            // checked again: other payments may have been approved since this one was recorded
            requireWithinAllocation(invoice, payment.amount());
        }
        payment.approve(caller.username(), now);
        ledger.append(LedgerEntryType.PAYMENT_APPROVED, invoice, payment, payment.amount(), payment.sp2dNumber(),
                payment.spmNumber(), "Pembayaran tagihan " + invoice.period() + " " + invoice.sourceCode()
                        + " (SP2D " + payment.sp2dNumber() + ") disetujui; dicatat oleh " + payment.recordedBy());
        audit.record("PAYMENT_APPROVED", "Payment", String.valueOf(paymentId), before, snapshot(payment));
        return payment;
    }

    /** F-05: BPJS's receipt number: the payment is paid; the invoice is paid once its receipts cover its total. */
    @Transactional
    public Payment receipt(long paymentId, String receiptNumber) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER);
        Payment payment = lockPayment(paymentId);
        Invoice invoice = lockInvoice(payment.invoiceId());
        LocalDateTime now = clock.now();
        Map<String, Object> before = snapshot(payment);
        payment.receipt(receiptNumber, now);
        ledger.append(LedgerEntryType.RECEIPT, invoice, payment, payment.amount(), payment.sp2dNumber(),
                payment.receiptNumber(), "Tanda terima BPJS " + payment.receiptNumber() + " untuk tagihan "
                        + invoice.period() + " " + invoice.sourceCode());
        long paid = repository.payments(invoice.id()).stream().filter(p -> p.status() == PaymentStatus.PAID)
                .mapToLong(p -> p.amount().amount()).sum();
        if (paid >= invoice.total().amount() && invoice.status() != InvoiceStatus.PAID) {
            invoice.paid(now);
            invoicePaid.fire(new FundingEvents.InvoicePaid(invoice.id(), invoice.fiscalYear(), invoice.month(),
                    invoice.sourceCode()));
        }
        audit.record("PAYMENT_RECEIPT_RECORDED", "Payment", String.valueOf(paymentId), before, snapshot(payment));
        return payment;
    }

    /** F-06: a correction: the payment is reversed by a negative ledger entry; its invoice is open again. */
    @Transactional
    public Payment reverse(long paymentId, String reason) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE);
        Payment payment = lockPayment(paymentId);
        Invoice invoice = lockInvoice(payment.invoiceId());
        LocalDateTime now = clock.now();
        Map<String, Object> before = snapshot(payment);
        payment.reverse(reason, caller.username(), now);
        ledger.append(LedgerEntryType.REVERSAL, invoice, payment, payment.amount().negate(), payment.sp2dNumber(),
                null, "Koreksi: pembayaran SP2D " + payment.sp2dNumber() + " dibatalkan. Alasan: "
                        + payment.reversalReason());
        if (invoice.status() == InvoiceStatus.PAID) {
            invoice.reopened();
            invoiceReopened.fire(new FundingEvents.InvoiceReopened(invoice.id(), invoice.fiscalYear(),
                    invoice.month()));
        }
        audit.record("PAYMENT_REVERSED", "Payment", String.valueOf(paymentId), before, snapshot(payment));
        return payment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Payment payment(long id) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.payment(id).orElseThrow(() -> BusinessException.notFound("funding.payment.notFound", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Payment> ofInvoice(long invoiceId) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.payments(invoiceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Payment> payments(PaymentStatus status, PageRequest page) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
        return repository.payments(status, page);
    }

    private Invoice lockInvoice(long id) {
        Invoice invoice = repository.lockInvoice(id);
        if (invoice == null) {
            throw BusinessException.notFound("funding.invoice.notFound", id);
        }
        return invoice;
    }

    private Payment lockPayment(long id) {
        Payment payment = repository.lockPayment(id);
        if (payment == null) {
            throw BusinessException.notFound("funding.payment.notFound", id);
        }
        return payment;
    }

    static Map<String, Object> snapshot(Payment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("invoice", p.invoiceId());
        m.put("spp", p.sppNumber() + " " + p.sppDate());
        m.put("spm", p.spmNumber() + " " + p.spmDate());
        m.put("sp2d", p.sp2dNumber() + " " + p.sp2dDate());
        m.put("amount", p.amount().amount());
        m.put("status", p.status().name());
        m.put("recordedBy", p.recordedBy());
        m.put("approvedBy", p.approvedBy());
        m.put("receipt", p.receiptNumber());
        m.put("reversalReason", p.reversalReason());
        return m;
    }
}
