package id.rentan.reporting.application;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.reporting.domain.CoverageTarget;
import id.rentan.reporting.domain.CoverageTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** the years' populations and targets. The administrator enters them; the auditor reads them. Audited. */
@ApplicationScoped
public class TargetService {

    @Inject
    CoverageTargets targets;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoverageTarget> all() {
        callers.require(Role.ADMIN, Role.AUDITOR);
        return targets.all();
    }

    /** Enters or changes a year's population and target (default 60%). */
    @Transactional
    public CoverageTarget save(int year, long population, BigDecimal targetPercent, String note) {
        Caller caller = callers.require(Role.ADMIN);
        var existing = targets.of(year);
        if (existing.isPresent()) {
            CoverageTarget t = existing.get();
            Map<String, Object> before = snapshot(t);
            t.change(population, targetPercent, note, caller.username(), clock.now());
            audit.record("COVERAGE_TARGET_CHANGED", "CoverageTarget", String.valueOf(year), before, snapshot(t));
            return t;
        }
        CoverageTarget t = new CoverageTarget(year, population, targetPercent, note, caller.username(), clock.now());
        targets.add(t);
        audit.record("COVERAGE_TARGET_ENTERED", "CoverageTarget", String.valueOf(year), null, snapshot(t));
        return t;
    }

    private static Map<String, Object> snapshot(CoverageTarget t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("year", t.year());
        s.put("population", t.population());
        s.put("targetPercent", t.targetPercent().toPlainString());
        s.put("note", t.sourceNote());
        return s;
    }
}
