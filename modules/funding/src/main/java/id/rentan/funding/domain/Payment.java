package id.rentan.funding.domain;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * F-05: a payment of an invoice through the treasury: SPP, SPM and SP2D (number and date each), the amount, then the
 * approval by someone other than the recorder, then BPJS's receipt number, which makes it paid. A mistake is
 * corrected by a reversal, never by editing.
 */
@Entity
@Table(name = "payment", schema = "funding")
public class Payment {

    /**
     * The treasury documents of a payment.
     *
     * @param sppNumber  Surat Permintaan Pembayaran
     * @param sppDate    its date
     * @param spmNumber  Surat Perintah Membayar
     * @param spmDate    its date
     * @param sp2dNumber Surat Perintah Pencairan Dana
     * @param sp2dDate   its date
     * @param amount     the amount paid
     */
    public record Documents(String sppNumber, LocalDate sppDate, String spmNumber, LocalDate spmDate,
                            String sp2dNumber, LocalDate sp2dDate, Rupiah amount) {
    }

    @Id
    @SequenceGenerator(name = "payment_seq", schema = "funding", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "source_code", nullable = false, updatable = false, length = 20)
    private String sourceCode;

    @Column(name = "spp_number", nullable = false, updatable = false, length = 60)
    private String sppNumber;

    @Column(name = "spp_date", nullable = false, updatable = false)
    private LocalDate sppDate;

    @Column(name = "spm_number", nullable = false, updatable = false, length = 60)
    private String spmNumber;

    @Column(name = "spm_date", nullable = false, updatable = false)
    private LocalDate spmDate;

    @Column(name = "sp2d_number", nullable = false, updatable = false, length = 60)
    private String sp2dNumber;

    @Column(name = "sp2d_date", nullable = false, updatable = false)
    private LocalDate sp2dDate;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PaymentStatus status;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "approved_by", length = 50)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "receipt_number", length = 60)
    private String receiptNumber;

    @Column(name = "receipt_at")
    private LocalDateTime receiptAt;

    @Column(name = "reversal_reason", length = 300)
    private String reversalReason;

    @Column(name = "reversed_by", length = 50)
    private String reversedBy;

    @Column(name = "reversed_at")
    private LocalDateTime reversedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Payment() {
        // for JPA
    }

    /** Records a payment of an invoice; the documents are checked (numbers given, dates in order, amount positive). */
    public Payment(Invoice invoice, Documents d, String by, LocalDateTime now) {
        if (blank(d.sppNumber()) || blank(d.spmNumber()) || blank(d.sp2dNumber())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.numbersRequired");
        }
        if (d.sppDate() == null || d.spmDate() == null || d.sp2dDate() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.datesRequired");
        }
        if (d.spmDate().isBefore(d.sppDate()) || d.sp2dDate().isBefore(d.spmDate())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.datesOrder");
        }
        if (d.sp2dDate().isAfter(now.toLocalDate())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.dateFuture", d.sp2dDate());
        }
        if (d.amount() == null || !d.amount().isPositive()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.amountPositive");
        }
        this.invoiceId = invoice.id();
        this.fiscalYear = invoice.fiscalYear();
        this.sourceCode = invoice.sourceCode();
        this.sppNumber = d.sppNumber().strip();
        this.sppDate = d.sppDate();
        this.spmNumber = d.spmNumber().strip();
        this.spmDate = d.spmDate();
        this.sp2dNumber = d.sp2dNumber().strip();
        this.sp2dDate = d.sp2dDate();
        this.amount = d.amount().amount();
        this.status = PaymentStatus.RECORDED;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** F-05: approval by someone other than the recorder. */
    public void approve(String by, LocalDateTime now) {
        if (status != PaymentStatus.RECORDED) {
            throw BusinessException.conflict("funding.payment.notRecorded", status.name());
        }
        if (by.equals(recordedBy)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "F-05", "funding.payment.ownApproval");
        }
        this.status = PaymentStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = now;
    }

    /** F-05: BPJS's receipt number: paid. */
    public void receipt(String number, LocalDateTime now) {
        if (status != PaymentStatus.APPROVED) {
            throw BusinessException.conflict("funding.payment.notApproved", status.name());
        }
        if (blank(number)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "F-05", "funding.payment.receiptRequired");
        }
        this.status = PaymentStatus.PAID;
        this.receiptNumber = number.strip();
        this.receiptAt = now;
    }

    /** F-06: a correction: the payment is reversed (a reversing ledger entry goes with it). */
    public void reverse(String reason, String by, LocalDateTime now) {
        if (status != PaymentStatus.APPROVED && status != PaymentStatus.PAID) {
            throw BusinessException.conflict("funding.payment.notReversible", status.name());
        }
        if (blank(reason)) {
            throw new BusinessException("funding.payment.reasonRequired");
        }
        this.status = PaymentStatus.REVERSED;
        this.reversalReason = reason.strip();
        this.reversedBy = by;
        this.reversedAt = now;
    }

    /** Whether the money counts as spent from the allocation (approved or paid). */
    public boolean disbursed() {
        return status == PaymentStatus.APPROVED || status == PaymentStatus.PAID;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Long id() { return id; }
    public long invoiceId() { return invoiceId; }
    public int fiscalYear() { return fiscalYear; }
    public String sourceCode() { return sourceCode; }
    public String sppNumber() { return sppNumber; }
    public LocalDate sppDate() { return sppDate; }
    public String spmNumber() { return spmNumber; }
    public LocalDate spmDate() { return spmDate; }
    public String sp2dNumber() { return sp2dNumber; }
    public LocalDate sp2dDate() { return sp2dDate; }
    public Rupiah amount() { return Rupiah.of(amount); }
    public PaymentStatus status() { return status; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
    public String approvedBy() { return approvedBy; }
    public LocalDateTime approvedAt() { return approvedAt; }
    public String receiptNumber() { return receiptNumber; }
    public LocalDateTime receiptAt() { return receiptAt; }
    public String reversalReason() { return reversalReason; }
    public String reversedBy() { return reversedBy; }
    public LocalDateTime reversedAt() { return reversedAt; }
}
