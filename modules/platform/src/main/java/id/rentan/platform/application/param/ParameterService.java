package id.rentan.platform.application.param;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.domain.param.ParameterRepository;
import id.rentan.platform.domain.param.ParameterTimeline;
import id.rentan.platform.domain.param.ParameterVersion;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import id.rentan.platform.application.AfterCommit;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dated parameters: answers "value on date D" from an in-memory copy (a few dozen rows), and lets an
 * administrator add, correct or withdraw versions under the timeline rules, with audit. The copy is rebuilt after
 * every committed change.
 */
@ApplicationScoped
public class ParameterService implements Parameters {

    @Inject
    ParameterRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Map<ParameterCode, ParameterTimeline> cache;

    @Override
    public BigDecimal valueOn(ParameterCode code, LocalDate date) {
        return timeline(code).valueOn(date);
    }

    @Override
    public Parameters snapshot() {
        Map<ParameterCode, ParameterTimeline> copy = timelines0();
        return (code, date) -> {
            ParameterTimeline timeline = copy.get(code);
            return (timeline == null ? new ParameterTimeline(code, List.of()) : timeline).valueOn(date);
        };
    }

    /** Every parameter with its versions, oldest first. */
    public List<ParameterTimeline> timelines() {
        return new ArrayList<>(timelines0().values());
    }

    public ParameterTimeline timeline(ParameterCode code) {
        ParameterTimeline timeline = timelines0().get(code);
        return timeline == null ? new ParameterTimeline(code, List.of()) : timeline;
    }

    /** Adds a version from {@code validFrom}; the version in force then ends the day before. ADMIN only. */
    @Transactional
    public ParameterVersion addVersion(ParameterCode code, BigDecimal value, LocalDate validFrom, String legalBasis) {
        String admin = callers.require(Role.ADMIN).username();
        ParameterTimeline timeline = new ParameterTimeline(code, repository.lockVersionsOf(code));
        List<Map<String, Object>> before = snapshots(timeline);
        ParameterVersion created = timeline.addVersion(value, validFrom, legalBasis, admin, clock.now());
        repository.add(created);
        audit.record("PARAMETER_VERSION_ADDED", "Parameter", code.name(), before, snapshots(timeline));
        invalidateAfterCommit();
        return created;
    }

    /** Corrects a version that has not taken effect yet. ADMIN only. */
    @Transactional
    public void correctFutureVersion(long versionId, BigDecimal value, String legalBasis) {
        callers.require(Role.ADMIN);
        ParameterTimeline timeline = lockedTimelineOf(versionId);
        ParameterVersion managed = versionIn(timeline, versionId);
        Map<String, Object> before = managed.snapshot();
        timeline.correctFutureVersion(managed, value, legalBasis, clock.today());
        audit.record("PARAMETER_VERSION_CORRECTED", "Parameter", managed.code().name(), before, managed.snapshot());
        invalidateAfterCommit();
    }

    /** Withdraws the latest version if it has not taken effect yet; the one before becomes open-ended. ADMIN only. */
    @Transactional
    public void withdrawFutureVersion(long versionId) {
        callers.require(Role.ADMIN);
        ParameterTimeline timeline = lockedTimelineOf(versionId);
        ParameterVersion managed = versionIn(timeline, versionId);
        List<Map<String, Object>> before = snapshots(timeline);
        repository.remove(timeline.withdrawFutureVersion(managed, clock.today()));
        audit.record("PARAMETER_VERSION_WITHDRAWN", "Parameter", timeline.code().name(), before, snapshots(timeline));
        invalidateAfterCommit();
    }

    /** The timeline holding a version, with its rows locked against concurrent changes. */
    private ParameterTimeline lockedTimelineOf(long versionId) {
        ParameterVersion version = repository.find(versionId)
                .orElseThrow(() -> BusinessException.notFound("param.version.notFound", versionId));
        return new ParameterTimeline(version.code(), repository.lockVersionsOf(version.code()));
    }

    private static ParameterVersion versionIn(ParameterTimeline timeline, long versionId) {
        return timeline.versions().stream().filter(v -> v.id().equals(versionId)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("param.version.notFound", versionId));
    }

    private Map<ParameterCode, ParameterTimeline> timelines0() {
        Map<ParameterCode, ParameterTimeline> current = cache;
        if (current == null) {
            Map<ParameterCode, List<ParameterVersion>> byCode = repository.all().stream()
                    .collect(Collectors.groupingBy(ParameterVersion::code, () -> new EnumMap<>(ParameterCode.class),
                            Collectors.toList()));
            Map<ParameterCode, ParameterTimeline> built = new EnumMap<>(ParameterCode.class);
            byCode.forEach((code, versions) -> built.put(code, new ParameterTimeline(code, versions)));
            current = built;
            cache = current;
        }
        return current;
    }

    private static List<Map<String, Object>> snapshots(ParameterTimeline timeline) {
        return timeline.versions().stream().map(ParameterVersion::snapshot).toList();
    }

    private void invalidateAfterCommit() {
        AfterCommit.nowAndAfterCompletion(transactions, () -> cache = null);
    }

    /** For the health check and the start-up log: parameters without a value today. */
    public List<ParameterCode> missingToday() {
        LocalDate today = clock.today();
        List<ParameterCode> missing = new ArrayList<>();
        for (ParameterCode code : ParameterCode.values()) {
            if (timeline(code).versionOn(today).isEmpty()) {
                missing.add(code);
            }
        }
        return missing;
    }
}
