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
 * F-02: a participant's premiums for the months of one fiscal year, reserved against one budget line. The months
 * run from the planned (then the actual) start month to December, or to the month of death or exit (C-04); the
 * amount is always the premiums of those months at their own rates (C-03).
 */
@Entity
@Table(name = "commitment", schema = "funding")
public class Commitment {

    @Id
    @SequenceGenerator(name = "commitment_seq", schema = "funding", sequenceName = "commitment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "budget_line_id", nullable = false)
    private long budgetLineId;

    @Column(name = "source_code", nullable = false, length = 20)
    private String sourceCode;

    @Column(name = "opd_code", nullable = false, length = 30)
    private String opdCode;

    @Column(name = "sector_code", nullable = false, length = 30)
    private String sectorCode;

    @Column(name = "nik", nullable = false, length = 16)
    private String nik;

    @Column(name = "kpj", length = 15)
    private String kpj;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "reported_income", nullable = false)
    private long reportedIncome;

    @Column(name = "first_month", nullable = false)
    private int firstMonth;

    @Column(name = "last_month", nullable = false)
    private int lastMonth;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private CommitmentState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Commitment() {
        // for JPA
    }

    /**
     * The months from a start month to December of its year, against a line.
     *
     * @param participant who (id, NIK, name, OPD, sector, income)
     */
    public Commitment(Holder participant, BudgetLine line, YearMonth start, RateTable rates, LocalDateTime now) {
        this.participantId = participant.participantId();
        this.nik = participant.nik();
        this.fullName = participant.fullName();
        this.opdCode = participant.opdCode();
        this.sectorCode = participant.sectorCode();
        this.reportedIncome = participant.reportedIncome();
        this.fiscalYear = start.getYear();
        this.firstMonth = start.getMonthValue();
        this.lastMonth = 12;
        this.budgetLineId = line.id();
        this.sourceCode = line.sourceCode();
        this.state = CommitmentState.PLANNED;
        this.amount = rates.premiums(reportedIncome, fiscalYear, firstMonth, lastMonth).amount();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Who a commitment is for.
     *
     * @param participantId  participant id
     * @param nik            NIK
     * @param fullName       name
     * @param opdCode        proposing OPD
     * @param sectorCode     sector
     * @param reportedIncome reported monthly income (C-01 basis)
     */
    public record Holder(long participantId, String nik, String fullName, String opdCode, String sectorCode,
                         long reportedIncome) {
    }

    /** A released commitment planned again (the participant submitted anew), against a line, from a month. */
    public void replan(Holder participant, BudgetLine line, YearMonth start, RateTable rates, LocalDateTime now) {
        this.nik = participant.nik();
        this.fullName = participant.fullName();
        this.opdCode = participant.opdCode();
        this.sectorCode = participant.sectorCode();
        this.reportedIncome = participant.reportedIncome();
        this.firstMonth = start.getMonthValue();
        this.lastMonth = 12;
        this.budgetLineId = line.id();
        this.sourceCode = line.sourceCode();
        this.state = CommitmentState.PLANNED;
        this.amount = rates.premiums(reportedIncome, fiscalYear, firstMonth, lastMonth).amount();
        this.updatedAt = now;
    }

    /** What covering this participant from a start month to December costs (C-03 rates). */
    public static Rupiah cost(long reportedIncome, YearMonth start, RateTable rates) {
        return rates.premiums(reportedIncome, start.getYear(), start.getMonthValue(), 12);
    }

    /**
     * BPJS registered the participant with a KPJ; cover starts in a month of this year. Returns the change of the
     * committed amount (positive when cover starts earlier than planned).
     */
    public Rupiah cover(String kpjNumber, int startMonth, RateTable rates, LocalDateTime now) {
        this.kpj = kpjNumber;
        this.state = CommitmentState.COVERED;
        this.firstMonth = startMonth;
        return recompute(rates, now);
    }

    /** BPJS refused the participant: everything is released. Returns the (negative) change. */
    public Rupiah release(LocalDateTime now) {
        Rupiah before = Rupiah.of(amount);
        this.state = CommitmentState.RELEASED;
        this.amount = 0;
        this.updatedAt = now;
        return before.negate();
    }

    /**
     * C-04: cover ends in a month of this year (death or exit); the months after it are released (0 when cover
     * ended before the year began or before the first month). Returns the (negative) change.
     */
    public Rupiah endIn(int month, RateTable rates, LocalDateTime now) {
        this.lastMonth = Math.max(0, Math.min(lastMonth, month));
        return recompute(rates, now);
    }

    private Rupiah recompute(RateTable rates, LocalDateTime now) {
        long before = amount;
        this.amount = rates.premiums(reportedIncome, fiscalYear, firstMonth, lastMonth).amount();
        this.updatedAt = now;
        return Rupiah.of(amount - before);
    }

    /** Whether the participant is billed for a month of this year (C-04). */
    public boolean billedIn(int month) {
        return state == CommitmentState.COVERED && firstMonth <= month && month <= lastMonth;
    }

    public Long id() { return id; }
    public long participantId() { return participantId; }
    public int fiscalYear() { return fiscalYear; }
    public long budgetLineId() { return budgetLineId; }
    public String sourceCode() { return sourceCode; }
    public String opdCode() { return opdCode; }
    public String sectorCode() { return sectorCode; }
    public String nik() { return nik; }
    public String kpj() { return kpj; }
    public String fullName() { return fullName; }
    public long reportedIncome() { return reportedIncome; }
    public int firstMonth() { return firstMonth; }
    public int lastMonth() { return lastMonth; }
    public Rupiah amount() { return Rupiah.of(amount); }
    public CommitmentState state() { return state; }
}
