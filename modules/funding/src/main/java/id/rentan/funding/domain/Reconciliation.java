package id.rentan.funding.domain;

import id.rentan.funding.domain.BillReconciliation.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * F-04: one upload of BPJS's bill for an invoice's month and its result in figures. Its rows (one per bill row and per
 * invoice line BPJS did not bill) are stored with it; a new upload is a new reconciliation, earlier ones stay.
 */
@Entity
@Table(name = "reconciliation", schema = "funding")
public class Reconciliation {

    @Id
    @SequenceGenerator(name = "reconciliation_seq", schema = "funding", sequenceName = "reconciliation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reconciliation_seq")
    private Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "file_name", updatable = false, length = 200)
    private String fileName;

    @Column(name = "bill_rows", nullable = false, updatable = false)
    private int billRows;

    @Column(name = "bill_total", nullable = false, updatable = false)
    private long billTotal;

    @Column(name = "invoice_total", nullable = false, updatable = false)
    private long invoiceTotal;

    @Column(name = "matched", nullable = false, updatable = false)
    private int matched;

    @Column(name = "not_enrolled", nullable = false, updatable = false)
    private int notEnrolled;

    @Column(name = "not_billed", nullable = false, updatable = false)
    private int notBilled;

    @Column(name = "after_exit", nullable = false, updatable = false)
    private int afterExit;

    @Column(name = "wrong_rate", nullable = false, updatable = false)
    private int wrongRate;

    @Column(name = "invalid", nullable = false, updatable = false)
    private int invalid;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected Reconciliation() {
        // for JPA
    }

    public Reconciliation(long invoiceId, String fileName, BillReconciliation.Result result, String by,
                          LocalDateTime at) {
        this.invoiceId = invoiceId;
        this.fileName = fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.billRows = result.billRows();
        this.billTotal = result.billTotal();
        this.invoiceTotal = result.invoiceTotal();
        this.matched = result.count(Outcome.MATCHED);
        this.notEnrolled = result.count(Outcome.NOT_ENROLLED);
        this.notBilled = result.count(Outcome.NOT_BILLED);
        this.afterExit = result.count(Outcome.AFTER_EXIT);
        this.wrongRate = result.count(Outcome.WRONG_RATE);
        this.invalid = result.count(Outcome.INVALID);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() { return id; }
    public long invoiceId() { return invoiceId; }
    public String fileName() { return fileName; }
    public int billRows() { return billRows; }
    public long billTotal() { return billTotal; }
    public long invoiceTotal() { return invoiceTotal; }
    /** Bill total minus the invoice's premiums, in rupiah. */
    public long difference() { return billTotal - invoiceTotal; }
    public int matched() { return matched; }
    public int notEnrolled() { return notEnrolled; }
    public int notBilled() { return notBilled; }
    public int afterExit() { return afterExit; }
    public int wrongRate() { return wrongRate; }
    public int invalid() { return invalid; }
    public String uploadedBy() { return uploadedBy; }
    public LocalDateTime uploadedAt() { return uploadedAt; }
}
