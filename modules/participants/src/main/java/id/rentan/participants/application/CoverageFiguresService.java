package id.rentan.participants.application;

import id.rentan.participants.api.CoverageFigures;
import id.rentan.participants.domain.CoverSpan;
import id.rentan.participants.domain.CoverageFlows;
import id.rentan.participants.domain.ParticipantFilter.AgeBand;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@link CoverageFigures} from the kept per-month counts, for the reporting module (ADR 0016). */
@ApplicationScoped
public class CoverageFiguresService implements CoverageFigures {

    private static final Role[] READERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
            Role.BPJS_OFFICER, Role.AUDITOR};

    @Inject
    CoverageFlows flows;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MonthCount> perMonth(YearMonth first, YearMonth last, CoverageFilter filter) {
        DataScope scope = readerScope();
        int from = CoverSpan.monthNo(first);
        int to = CoverSpan.monthNo(last);
        if (to < from) {
            throw new BusinessException("coverage.period.invalid", first.toString(), last.toString());
        }
        Map<Integer, long[]> byMonth = new TreeMap<>();
        flows.sums("month", to, filter(filter), scope)
                .forEach((k, v) -> byMonth.put(Integer.valueOf(k), v));
        long running = 0;
        for (Map.Entry<Integer, long[]> e : byMonth.entrySet()) {
            if (e.getKey() < from) {
                running += e.getValue()[0] - e.getValue()[1];
            }
        }
        List<MonthCount> out = new ArrayList<>(to - from + 1);
        for (int m = from; m <= to; m++) {
            long[] v = byMonth.get(m);
            if (v != null) {
                running += v[0] - v[1];
            }
            out.add(new MonthCount(CoverSpan.month(m), running));
        }
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupCount> by(CoverageDimension dimension, YearMonth month, CoverageFilter filter) {
        DataScope scope = readerScope();
        int m = CoverSpan.monthNo(month);
        CoverageFilter f = filter(filter);
        if (dimension == CoverageDimension.AGE_BAND) {
            if (f.byPlace()) {
                throw new BusinessException("coverage.ageBand.byPlace");
            }
            Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
            flows.sums("birth", m, f, scope).forEach((birth, v) -> {
                long covered = v[0] - v[1];
                if (covered != 0) {
                    bands.merge(band((m - Integer.parseInt(birth)) / 12), covered, Long::sum);
                }
            });
            List<GroupCount> out = new ArrayList<>();
            bands.forEach((band, n) -> {
                if (n != 0) {
                    out.add(new GroupCount(band.name(), n));
                }
            });
            return out;
        }
        String groupBy = switch (dimension) {
            case SECTOR -> "sector";
            case OPD -> "opd";
            case KECAMATAN -> "kecamatan";
            case KELURAHAN -> "kelurahan";
            case GENDER -> "gender";
            case AGE_BAND -> throw new IllegalStateException();
        };
        List<GroupCount> out = new ArrayList<>();
        flows.sums(groupBy, m, f, scope).forEach((key, v) -> {
            if (v[0] - v[1] != 0) {
                out.add(new GroupCount(key, v[0] - v[1]));
            }
        });
        out.sort(Comparator.comparing(GroupCount::key));
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CellCount> cells(YearMonth month, CoverageFilter filter) {
        DataScope scope = readerScope();
        List<CellCount> out = new ArrayList<>();
        flows.sums("cell", CoverSpan.monthNo(month), filter(filter), scope).forEach((key, v) -> {
            if (v[0] - v[1] != 0) {
                String[] k = key.split("\\|", -1);
                out.add(new CellCount(k[0], k[1], k[2], k[3], v[0] - v[1]));
            }
        });
        return out;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long covered(YearMonth month, CoverageFilter filter) {
        DataScope scope = readerScope();
        return flows.sums("opd", CoverSpan.monthNo(month), filter(filter), scope).values().stream()
                .mapToLong(v -> v[0] - v[1]).sum();
    }

    @Override
    @Transactional
    public CoverageCheck check(boolean repair) {
        callers.require(Role.ADMIN);
        Map<String, long[]> kept = flows.kept();
        Map<String, long[]> expected = flows.expected();
        Set<String> keys = new HashSet<>(kept.keySet());
        keys.addAll(expected.keySet());
        long mismatches = keys.stream().filter(k -> {
            long[] a = kept.getOrDefault(k, new long[2]);
            long[] b = expected.getOrDefault(k, new long[2]);
            return a[0] != b[0] || a[1] != b[1];
        }).count();
        boolean repaired = repair && mismatches > 0;
        if (repaired) {
            flows.rebuild();
        }
        CoverageCheck result = new CoverageCheck(keys.size(), mismatches, repaired);
        audit.record(repaired ? "COVERAGE_COUNTS_REBUILT" : "COVERAGE_COUNTS_CHECKED", "CoverageCounts", "all", null,
                Map.of("cells", result.cells(), "mismatches", mismatches, "repaired", repaired));
        return result;
    }

    /** The age band of an age in years, as the registry's age-band filter has them. */
    static AgeBand band(int age) {
        for (AgeBand b : AgeBand.values()) {
            if (age <= b.to()) {
                return b;
            }
        }
        return AgeBand.FROM_65;
    }

    private DataScope readerScope() {
        callers.require(READERS);
        return callers.scope();
    }

    private static CoverageFilter filter(CoverageFilter f) {
        return f == null ? CoverageFilter.none() : f;
    }
}
