package id.rentan.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** S-01: a child's scholarship for one school year at one level, at the amount valid when that school year starts. */
@Entity
@Table(name = "scholarship", schema = "claims")
public class Scholarship {

    @Id
    @SequenceGenerator(name = "scholarship_seq", schema = "claims", sequenceName = "scholarship_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scholarship_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "heir_id", nullable = false, updatable = false)
    private long heirId;

    /** The calendar year the school year starts in (2026 = 2026/2027). */
    @Column(name = "school_year", nullable = false, updatable = false)
    private int schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level", nullable = false, updatable = false, length = 12)
    private SchoolLevel level;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected Scholarship() {
    }

    Scholarship(Claim claim, long heirId, int schoolYear, SchoolLevel level, long amount, String by,
                LocalDateTime at) {
        this.claim = claim;
        this.heirId = heirId;
        this.schoolYear = schoolYear;
        this.level = level;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claim.id();
    }

    public long heirId() {
        return heirId;
    }

    public int schoolYear() {
        return schoolYear;
    }

    /** e.g. {@code 2026/2027}. */
    public String schoolYearLabel() {
        return schoolYear + "/" + (schoolYear + 1);
    }

    public SchoolLevel level() {
        return level;
    }

    public long amount() {
        return amount;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
