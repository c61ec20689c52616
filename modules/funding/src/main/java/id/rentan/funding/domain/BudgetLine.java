package id.rentan.funding.domain;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * F-01/F-02: an allocation (pagu) of one fiscal year and funding source, for every OPD and sector or reserved to one
 * OPD and/or sector, with what is committed against it. Commitments never push it past the allocation: the
 * application locks the line before it commits, and the arithmetic lives here.
 */
@Entity
@Table(name = "budget_line", schema = "funding")
public class BudgetLine {

    /** Stored for "any OPD" / "any sector". */
    public static final String ANY = "";

    @Id
    @SequenceGenerator(name = "budget_line_seq", schema = "funding", sequenceName = "budget_line_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_line_seq")
    private Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "source_code", nullable = false, updatable = false, length = 20)
    private String sourceCode;

    @Column(name = "opd_code", nullable = false, updatable = false, length = 30)
    private String opdCode;

    @Column(name = "sector_code", nullable = false, updatable = false, length = 30)
    private String sectorCode;

    @Column(name = "allocated", nullable = false)
    private long allocated;

    @Column(name = "committed", nullable = false)
    private long committed;

    @Column(name = "version", nullable = false)
    private int version;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected BudgetLine() {
        // for JPA
    }

    public BudgetLine(int fiscalYear, String sourceCode, String opdCode, String sectorCode) {
        this.fiscalYear = fiscalYear;
        this.sourceCode = sourceCode;
        this.opdCode = opdCode == null ? ANY : opdCode;
        this.sectorCode = sectorCode == null ? ANY : sectorCode;
    }

    /**
     * A new version of the allocation (the first, or an APBD revision). It may not fall below what is already
     * committed.
     */
    public void allocate(Rupiah amount) {
        if (amount.isNegative()) {
            throw new BusinessException("funding.allocation.negative");
        }
        if (amount.amount() < committed) {
            throw BusinessException.conflict("funding.allocation.belowCommitted", Rupiah.of(committed), amount);
        }
        this.allocated = amount.amount();
        this.version++;
    }

    /** Whether the line is for this participant's OPD and sector. */
    public boolean covers(String participantOpd, String participantSector) {
        return (opdCode.isEmpty() || opdCode.equals(participantOpd))
                && (sectorCode.isEmpty() || sectorCode.equals(participantSector));
    }

    /** How specific the line is: reserved to an OPD and a sector (3), an OPD (2), a sector (1), or open (0). */
    public int specificity() {
        return (opdCode.isEmpty() ? 0 : 2) + (sectorCode.isEmpty() ? 0 : 1);
    }

    /** Whether an amount still fits under the allocation. */
    public boolean fits(Rupiah amount) {
        return amount.amount() <= remaining().amount();
    }

    /** F-02: commits an amount; refused with what is missing when it does not fit. */
    public void commit(Rupiah amount) {
        if (!fits(amount)) {
            throw BusinessException.conflict("funding.commit.insufficient", amount, remaining());
        }
        committed += amount.amount();
    }

    /**
     * Adjusts the committed amount by a difference, e.g. when BPJS starts cover in another month or cover ends
     * early. A fact that already happened (registration) may go past the allocation; the overview shows it.
     */
    public void adjust(Rupiah difference) {
        committed = Math.max(0, committed + difference.amount());
    }

    public Rupiah remaining() {
        return Rupiah.of(allocated - committed);
    }

    public Long id() { return id; }
    public int fiscalYear() { return fiscalYear; }
    public String sourceCode() { return sourceCode; }
    /** The OPD the line is reserved to, or {@code null}. */
    public String opdCode() { return opdCode.isEmpty() ? null : opdCode; }
    /** The sector the line is reserved to, or {@code null}. */
    public String sectorCode() { return sectorCode.isEmpty() ? null : sectorCode; }
    public Rupiah allocated() { return Rupiah.of(allocated); }
    public Rupiah committed() { return Rupiah.of(committed); }
    public int version() { return version; }
}
