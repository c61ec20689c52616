package id.rentan.reporting.domain;

import id.rentan.platform.api.error.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * a year's vulnerable-worker population and the coverage target, as a percentage of it (default 60%). Data,
 * entered by the administrator per year; every change audited.
 */
@Entity
@Table(name = "coverage_target", schema = "reporting")
public class CoverageTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default target of R-02. */
    public static final BigDecimal DEFAULT_PERCENT = new BigDecimal("60.00");

    @Id
    @Column(name = "target_year")
    private Integer year;

    @Column(name = "population", nullable = false)
    private long population;

    @Column(name = "target_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal targetPercent;

    @Column(name = "source_note", length = 300)
    private String sourceNote;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected CoverageTarget() {
        // for JPA
    }

    public CoverageTarget(int year, long population, BigDecimal targetPercent, String sourceNote, String by,
                          LocalDateTime now) {
        if (year < 2000 || year > 2100) {
            throw new BusinessException("target.year.invalid", year);
        }
        this.year = year;
        change(population, targetPercent, sourceNote, by, now);
    }

    /** New population and target; refused when not positive, or a target above 100%. */
    public void change(long newPopulation, BigDecimal newPercent, String note, String by, LocalDateTime now) {
        if (newPopulation <= 0) {
            throw new BusinessException("target.population.invalid", newPopulation);
        }
        BigDecimal percent = newPercent == null ? DEFAULT_PERCENT : newPercent.setScale(2, RoundingMode.HALF_UP);
        if (percent.signum() <= 0 || percent.compareTo(new BigDecimal("100")) > 0) {
            throw new BusinessException("target.percent.invalid", percent.toPlainString());
        }
        this.population = newPopulation;
        this.targetPercent = percent;
        this.sourceNote = note == null || note.isBlank() ? null : note.strip();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The number of people the target asks for: population x target, rounded up. */
    public long targetPeople() {
        return BigDecimal.valueOf(population).multiply(targetPercent).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.CEILING).longValueExact();
    }

    public int year() { return year; }
    public long population() { return population; }
    public BigDecimal targetPercent() { return targetPercent; }
    public String sourceNote() { return sourceNote; }
    public String updatedBy() { return updatedBy; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public long rowVersion() { return rowVersion; }
}
