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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;

/**
 * An heir of a death claim, or a family member of a totally disabled participant (for children's scholarships),
 * with the relation that places them in the order of CL-03. The claim marks who is entitled.
 */
@Entity
@Table(name = "claim_heir", schema = "claims")
public class Heir {

    @Id
    @SequenceGenerator(name = "claim_heir_seq", schema = "claims", sequenceName = "claim_heir_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_heir_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "nik", nullable = false, length = 16)
    private String nik;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private HeirRelation relation;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "married", nullable = false)
    private boolean married;

    @Column(name = "working", nullable = false)
    private boolean working;

    @Column(name = "entitled", nullable = false)
    private boolean entitled;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Heir() {
    }

    Heir(Claim claim, String fullName, String nik, HeirRelation relation, LocalDate birthDate, boolean married,
         boolean working, String by, LocalDateTime at) {
        this.claim = claim;
        this.fullName = fullName;
        this.nik = nik;
        this.relation = relation;
        this.birthDate = birthDate;
        this.married = married;
        this.working = working;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void entitled(boolean value) {
        this.entitled = value;
    }

    /** S-01: the child's situation changed (married, working). */
    void situation(boolean married, boolean working) {
        this.married = married;
        this.working = working;
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claim.id();
    }

    public String fullName() {
        return fullName;
    }

    public String nik() {
        return nik;
    }

    public HeirRelation relation() {
        return relation;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean married() {
        return married;
    }

    public boolean working() {
        return working;
    }

    /** CL-03: whether this heir belongs to the first group present. */
    public boolean entitled() {
        return entitled;
    }

    public Integer ageOn(LocalDate date) {
        return birthDate == null ? null : Period.between(birthDate, date).getYears();
    }
}
