package id.rentan.funding.domain;

import id.rentan.platform.api.money.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One version of an allocation: the amount, the one before, why, who and when. Never changed (a trigger refuses). */
@Entity
@Table(name = "allocation_version", schema = "funding")
public class AllocationVersion {

    @Id
    @SequenceGenerator(name = "allocation_version_seq", schema = "funding", sequenceName = "allocation_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allocation_version_seq")
    private Long id;

    @Column(name = "budget_line_id", nullable = false, updatable = false)
    private long budgetLineId;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "previous_amount", updatable = false)
    private Long previousAmount;

    @Column(name = "reason", nullable = false, updatable = false, length = 300)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected AllocationVersion() {
        // for JPA
    }

    public AllocationVersion(BudgetLine line, Rupiah previous, String reason, String by, LocalDateTime at) {
        this.budgetLineId = line.id();
        this.version = line.version();
        this.amount = line.allocated().amount();
        this.previousAmount = previous == null ? null : previous.amount();
        this.reason = reason;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public long budgetLineId() { return budgetLineId; }
    public int version() { return version; }
    public Rupiah amount() { return Rupiah.of(amount); }
    public Rupiah previousAmount() { return previousAmount == null ? null : Rupiah.of(previousAmount); }
    public String reason() { return reason; }
    public String recordedBy() { return recordedBy; }
    public LocalDateTime recordedAt() { return recordedAt; }
}
