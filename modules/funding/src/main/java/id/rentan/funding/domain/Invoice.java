package id.rentan.funding.domain;

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

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * F-03: the monthly invoice (tagihan) of one funding source. Its lines (the participants billed, at the month's rate,
 * and credits for months paid after a death or exit) are frozen with it; its totals are the sums of those lines.
 */
@Entity
@Table(name = "invoice", schema = "funding")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoice_seq", schema = "funding", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "period_month", nullable = false, updatable = false)
    private int month;

    @Column(name = "source_code", nullable = false, updatable = false, length = 20)
    private String sourceCode;

    @Column(name = "premium_lines", nullable = false)
    private int premiumLines;

    @Column(name = "credit_lines", nullable = false)
    private int creditLines;

    @Column(name = "rate")
    private Long rate;

    @Column(name = "premiums", nullable = false)
    private long premiums;

    @Column(name = "credits", nullable = false)
    private long credits;

    @Column(name = "total", nullable = false)
    private long total;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private InvoiceStatus status;

    @Column(name = "generated_by", nullable = false, updatable = false, length = 50)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false, updatable = false)
    private LocalDateTime generatedAt;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Invoice() {
        // for JPA
    }

    public Invoice(YearMonth period, String sourceCode, String by, LocalDateTime at) {
        this.fiscalYear = period.getYear();
        this.month = period.getMonthValue();
        this.sourceCode = sourceCode;
        this.status = InvoiceStatus.ISSUED;
        this.generatedBy = by;
        this.generatedAt = at;
    }

    /** The totals of the frozen lines, set once when they are written. */
    public void totals(int premiumLines, Rupiah premiums, int creditLines, Rupiah credits, Rupiah commonRate) {
        this.premiumLines = premiumLines;
        this.premiums = premiums.amount();
        this.creditLines = creditLines;
        this.credits = credits.amount();
        this.total = premiums.plus(credits).amount();
        this.rate = commonRate == null ? null : commonRate.amount();
    }

    /** Paid: BPJS's receipts cover the total. */
    public void paid(LocalDateTime at) {
        this.status = InvoiceStatus.PAID;
        this.paidAt = at;
    }

    /** A payment was reversed: the invoice is open again. */
    public void reopened() {
        this.status = InvoiceStatus.ISSUED;
        this.paidAt = null;
    }

    public Long id() { return id; }
    public int fiscalYear() { return fiscalYear; }
    public int month() { return month; }
    public YearMonth period() { return YearMonth.of(fiscalYear, month); }
    public String sourceCode() { return sourceCode; }
    public int premiumLines() { return premiumLines; }
    public int creditLines() { return creditLines; }
    /** The rate of every premium line when they share one (the usual case), else {@code null}. */
    public Rupiah rate() { return rate == null ? null : Rupiah.of(rate); }
    public Rupiah premiums() { return Rupiah.of(premiums); }
    public Rupiah credits() { return Rupiah.of(credits); }
    public Rupiah total() { return Rupiah.of(total); }
    public InvoiceStatus status() { return status; }
    public String generatedBy() { return generatedBy; }
    public LocalDateTime generatedAt() { return generatedAt; }
    public LocalDateTime paidAt() { return paidAt; }
}
