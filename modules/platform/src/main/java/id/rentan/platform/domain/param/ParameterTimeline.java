package id.rentan.platform.domain.param;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.param.ParameterCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All versions of one parameter, ordered by start date, and the rules for changing them:
 * <ul>
 *   <li>a change is a new version from a day on; the version in force on that day ends the day before
 *       (history is never overwritten);</li>
 *   <li>a new version must start after the start of every existing version (no rewriting the past in the
 *       middle);</li>
 *   <li>only a version that has not yet taken effect (starts after today) may be corrected or withdrawn.</li>
 * </ul>
 */
public final class ParameterTimeline {

    private final ParameterCode code;
    private final List<ParameterVersion> versions;

    public ParameterTimeline(ParameterCode code, List<ParameterVersion> versions) {
        this.code = Objects.requireNonNull(code, "code");
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparing(ParameterVersion::validFrom));
        for (ParameterVersion v : this.versions) {
            if (v.code() != code) {
                throw new IllegalArgumentException("version of " + v.code() + " in timeline of " + code);
            }
        }
    }

    public ParameterCode code() {
        return code;
    }

    /** Oldest first. */
    public List<ParameterVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ParameterVersion> versionOn(LocalDate date) {
        for (ParameterVersion v : versions) {
            if (v.covers(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public BigDecimal valueOn(LocalDate date) {
        return versionOn(date)
                .map(ParameterVersion::value)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, code.rule(),
                        "param.noValue", code.name(), date));
    }

    /**
     * Adds a version valid from {@code validFrom}; the version in force on that day is closed the day before.
     *
     * @return the new version (not yet persisted)
     */
    public ParameterVersion addVersion(BigDecimal value, LocalDate validFrom, String legalBasis, String createdBy,
                                       LocalDateTime now) {
        Objects.requireNonNull(validFrom, "validFrom");
        if (!versions.isEmpty()) {
            ParameterVersion last = versions.get(versions.size() - 1);
            if (!validFrom.isAfter(last.validFrom())) {
                throw BusinessException.conflict("param.version.notAfterLatest", code.name(), last.validFrom());
            }
            if (last.validTo() == null || !last.validTo().isBefore(validFrom)) {
                last.closeOn(validFrom.minusDays(1));
            }
        }
        ParameterVersion created = new ParameterVersion(code, value, validFrom, legalBasis, createdBy, now);
        versions.add(created);
        return created;
    }

    /** Corrects value and legal basis of a version that has not taken effect yet. */
    public void correctFutureVersion(ParameterVersion version, BigDecimal value, String legalBasis, LocalDate today) {
        requireFuture(version, today);
        version.correct(value, legalBasis);
    }

    /**
     * Withdraws a version that has not taken effect yet; the version before it becomes open-ended again.
     *
     * @return the withdrawn version, to be removed from storage
     */
    public ParameterVersion withdrawFutureVersion(ParameterVersion version, LocalDate today) {
        requireFuture(version, today);
        int index = versions.indexOf(version);
        if (index != versions.size() - 1) {
            throw BusinessException.conflict("param.version.notLatest", code.name());
        }
        versions.remove(index);
        if (index > 0) {
            versions.get(index - 1).reopen();
        }
        return version;
    }

    private void requireFuture(ParameterVersion version, LocalDate today) {
        if (!versions.contains(version)) {
            throw new IllegalArgumentException("version is not part of this timeline");
        }
        if (!version.validFrom().isAfter(today)) {
            throw BusinessException.conflict("param.version.alreadyInForce", code.name(), version.validFrom());
        }
    }
}
