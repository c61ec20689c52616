package id.rentan.platform.domain.param;

import id.rentan.platform.api.param.ParameterCode;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One value of a dated parameter, valid from a day to a day (or open-ended), with the regulation it comes from.
 * Versions of one parameter never overlap; {@link ParameterTimeline} keeps them so.
 */
@Entity
@Table(name = "parameter_version", schema = "platform")
public class ParameterVersion {

    @Id
    @SequenceGenerator(name = "parameter_version_seq", schema = "platform", sequenceName = "parameter_version_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parameter_version_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", nullable = false, updatable = false, length = 60)
    private ParameterCode code;

    @Column(name = "param_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "legal_basis", nullable = false, length = 300)
    private String legalBasis;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected ParameterVersion() {
        // for JPA
    }

    ParameterVersion(ParameterCode code, BigDecimal value, LocalDate validFrom, String legalBasis, String createdBy,
                     LocalDateTime createdAt) {
        this.code = Objects.requireNonNull(code, "code");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        correct(value, legalBasis);
    }

    /** Changes value and legal basis; only {@link ParameterTimeline} decides when that is allowed. */
    void correct(BigDecimal newValue, String newLegalBasis) {
        Objects.requireNonNull(newValue, "value");
        String basis = newLegalBasis == null ? "" : newLegalBasis.trim();
        if (basis.isEmpty()) {
            throw new id.rentan.platform.api.error.BusinessException("param.legalBasis.required");
        }
        if (newValue.signum() < 0) {
            throw new id.rentan.platform.api.error.BusinessException("param.value.negative");
        }
        this.value = normalize(newValue);
        this.legalBasis = basis;
    }

    void closeOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    void reopen() {
        this.validTo = null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code.name());
        s.put("value", value().toPlainString());
        s.put("validFrom", validFrom.toString());
        s.put("validTo", validTo == null ? null : validTo.toString());
        s.put("legalBasis", legalBasis);
        return s;
    }

    public Long id() {
        return id;
    }

    public ParameterCode code() {
        return code;
    }

    /** The value without trailing zeros ({@code 6800}, not {@code 6800.0000} as the column stores it). */
    public BigDecimal value() {
        return normalize(value);
    }

    private static BigDecimal normalize(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
