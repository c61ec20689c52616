package id.rentan.participants.infrastructure;

import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.domain.CoverSpan;
import id.rentan.participants.domain.CoverageFlows;
import id.rentan.participants.domain.Participant;
import id.rentan.platform.api.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-month coverage counts in tables {@code coverage_flow} and {@code coverage_age_flow} (ADR 0016), written with
 * one standard {@code MERGE} per month and table (H2 and PostgreSQL 15+), read with grouped sums. Month numbers are
 * {@code year * 12 + month - 1}.
 */
@ApplicationScoped
public class JpaCoverageFlows implements CoverageFlows {

    private static final String MERGE_FLOW = """
            MERGE INTO participants.coverage_flow f
            USING (VALUES (CAST(?1 AS VARCHAR(30)), CAST(?2 AS VARCHAR(30)), CAST(?3 AS VARCHAR(13)),
                           CAST(?4 AS VARCHAR(1)), CAST(?5 AS INTEGER), CAST(?6 AS INTEGER), CAST(?7 AS INTEGER)))
                  AS d (opd_code, sector_code, kelurahan_code, gender, month_no, starts, ends)
               ON f.opd_code = d.opd_code AND f.sector_code = d.sector_code AND f.kelurahan_code = d.kelurahan_code
              AND f.gender = d.gender AND f.month_no = d.month_no
             WHEN MATCHED THEN UPDATE SET starts = f.starts + d.starts, ends = f.ends + d.ends
             WHEN NOT MATCHED THEN INSERT (opd_code, sector_code, kelurahan_code, gender, month_no, starts, ends)
                  VALUES (d.opd_code, d.sector_code, d.kelurahan_code, d.gender, d.month_no, d.starts, d.ends)
            """;

    private static final String MERGE_AGE = """
            MERGE INTO participants.coverage_age_flow f
            USING (VALUES (CAST(?1 AS VARCHAR(30)), CAST(?2 AS VARCHAR(30)), CAST(?3 AS INTEGER),
                           CAST(?4 AS INTEGER), CAST(?5 AS INTEGER), CAST(?6 AS INTEGER)))
                  AS d (opd_code, sector_code, birth_month_no, month_no, starts, ends)
               ON f.opd_code = d.opd_code AND f.sector_code = d.sector_code AND f.birth_month_no = d.birth_month_no
              AND f.month_no = d.month_no
             WHEN MATCHED THEN UPDATE SET starts = f.starts + d.starts, ends = f.ends + d.ends
             WHEN NOT MATCHED THEN INSERT (opd_code, sector_code, birth_month_no, month_no, starts, ends)
                  VALUES (d.opd_code, d.sector_code, d.birth_month_no, d.month_no, d.starts, d.ends)
            """;

    /** Month number of a date column, in SQL that H2 and PostgreSQL both run. */
    static String monthNo(String column) {
        return "(CAST(EXTRACT(YEAR FROM " + column + ") AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM " + column
                + ") AS INTEGER) - 1)";
    }

    /** Each registered participant's start and end, as counted (see {@link CoverSpan#of}). */
    private static String events(String columns) {
        return "SELECT " + columns + ", " + monthNo("coverage_start") + " AS month_no, 1 AS s, 0 AS e"
                + " FROM participants.participant WHERE coverage_start IS NOT NULL"
                + " UNION ALL SELECT " + columns + ", GREATEST(" + monthNo("end_date") + " + 1, "
                + monthNo("coverage_start") + "), 0, 1"
                + " FROM participants.participant WHERE coverage_start IS NOT NULL AND end_date IS NOT NULL";
    }

    static final String EXPECTED_FLOW = "SELECT opd_code, sector_code, kelurahan_code, gender, month_no, SUM(s), SUM(e)"
            + " FROM (" + events("opd_code, sector_code, kelurahan_code, gender") + ") x"
            + " GROUP BY opd_code, sector_code, kelurahan_code, gender, month_no";

    static final String EXPECTED_AGE = "SELECT opd_code, sector_code, birth_month_no, month_no, SUM(s), SUM(e)"
            + " FROM (" + events("opd_code, sector_code, " + monthNo("birth_date") + " AS birth_month_no") + ") x"
            + " GROUP BY opd_code, sector_code, birth_month_no, month_no";

    /** Rebuilds both tables from the registry (plain SQL, for JDBC writers such as the demo data). */
    public static final List<String> REBUILD = List.of(
            "DELETE FROM participants.coverage_flow",
            "DELETE FROM participants.coverage_age_flow",
            "INSERT INTO participants.coverage_flow (opd_code, sector_code, kelurahan_code, gender, month_no, starts,"
                    + " ends) " + EXPECTED_FLOW,
            "INSERT INTO participants.coverage_age_flow (opd_code, sector_code, birth_month_no, month_no, starts, ends) "
                    + EXPECTED_AGE);

    @PersistenceContext(unitName = "participants")
    EntityManager em;

    @Override
    public void moved(Participant p, CoverSpan before, CoverSpan after) {
        Map<Integer, int[]> delta = new TreeMap<>();
        add(delta, before, -1);
        add(delta, after, 1);
        int birth = CoverSpan.monthNo(p.birthDate());
        for (Map.Entry<Integer, int[]> d : delta.entrySet()) {
            int starts = d.getValue()[0];
            int ends = d.getValue()[1];
            if (starts == 0 && ends == 0) {
                continue;
            }
            em.createNativeQuery(MERGE_FLOW)
                    .setParameter(1, p.opdCode()).setParameter(2, p.sectorCode()).setParameter(3, p.kelurahanCode())
                    .setParameter(4, p.gender().name()).setParameter(5, d.getKey()).setParameter(6, starts)
                    .setParameter(7, ends).executeUpdate();
            em.createNativeQuery(MERGE_AGE)
                    .setParameter(1, p.opdCode()).setParameter(2, p.sectorCode()).setParameter(3, birth)
                    .setParameter(4, d.getKey()).setParameter(5, starts).setParameter(6, ends).executeUpdate();
        }
    }

    private static void add(Map<Integer, int[]> delta, CoverSpan span, int sign) {
        if (span == null) {
            return;
        }
        delta.computeIfAbsent(span.startMonth(), k -> new int[2])[0] += sign;
        if (span.endMonth() != null) {
            delta.computeIfAbsent(span.endMonth(), k -> new int[2])[1] += sign;
        }
    }

    @Override
    public Map<String, long[]> sums(String groupBy, int monthNo, CoverageFilter filter, DataScope scope) {
        Map<String, long[]> out = new HashMap<>();
        if (scope.isEmpty()) {
            return out;
        }
        boolean age = "birth".equals(groupBy);
        String key = switch (groupBy) {
            case "month" -> "month_no";
            case "sector" -> "sector_code";
            case "opd" -> "opd_code";
            case "kecamatan" -> "SUBSTRING(kelurahan_code, 1, 8)";
            case "kelurahan" -> "kelurahan_code";
            case "gender" -> "gender";
            case "birth" -> "birth_month_no";
            case "cell" -> "opd_code, sector_code, kelurahan_code, gender";
            default -> throw new IllegalArgumentException("group by " + groupBy);
        };
        StringBuilder sql = new StringBuilder("SELECT ").append(key).append(", SUM(starts), SUM(ends) FROM participants.")
                .append(age ? "coverage_age_flow" : "coverage_flow").append(" WHERE month_no <= ?1");
        List<Object> params = new ArrayList<>();
        params.add(monthNo);
        String opd = scope.restrictedOpd().orElse(null);
        if (opd != null) {
            params.add(opd);
            sql.append(" AND opd_code = ?").append(params.size());
        }
        if (filter.opdCode() != null) {
            params.add(filter.opdCode());
            sql.append(" AND opd_code = ?").append(params.size());
        }
        if (filter.sectorCode() != null) {
            params.add(filter.sectorCode());
            sql.append(" AND sector_code = ?").append(params.size());
        }
        if (!age) {
            if (filter.kecamatanCode() != null) {
                params.add(filter.kecamatanCode() + ".%");
                sql.append(" AND kelurahan_code LIKE ?").append(params.size());
            }
            if (filter.kelurahanCode() != null) {
                params.add(filter.kelurahanCode());
                sql.append(" AND kelurahan_code = ?").append(params.size());
            }
            if (filter.gender() != null) {
                params.add(filter.gender());
                sql.append(" AND gender = ?").append(params.size());
            }
        } else if (filter.byPlace()) {
            throw new IllegalArgumentException("age counts are kept by OPD and sector only");
        }
        sql.append(" GROUP BY ").append(key);
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            int n = r.length;
            StringBuilder k = new StringBuilder(String.valueOf(r[0]));
            for (int i = 1; i < n - 2; i++) {
                k.append('|').append(r[i]);
            }
            out.put(k.toString(), new long[]{((Number) r[n - 2]).longValue(), ((Number) r[n - 1]).longValue()});
        }
        return out;
    }

    @Override
    public Map<String, long[]> kept() {
        Map<String, long[]> out = new HashMap<>();
        collect(out, "F", "SELECT opd_code, sector_code, kelurahan_code, gender, month_no, starts, ends"
                + " FROM participants.coverage_flow WHERE starts <> 0 OR ends <> 0");
        collect(out, "A", "SELECT opd_code, sector_code, birth_month_no, month_no, starts, ends"
                + " FROM participants.coverage_age_flow WHERE starts <> 0 OR ends <> 0");
        return out;
    }

    @Override
    public Map<String, long[]> expected() {
        Map<String, long[]> out = new HashMap<>();
        collect(out, "F", EXPECTED_FLOW);
        collect(out, "A", EXPECTED_AGE);
        return out;
    }

    private void collect(Map<String, long[]> out, String prefix, String sql) {
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            StringBuilder key = new StringBuilder(prefix);
            for (int i = 0; i < r.length - 2; i++) {
                key.append('|').append(r[i]);
            }
            out.put(key.toString(), new long[]{((Number) r[r.length - 2]).longValue(),
                    ((Number) r[r.length - 1]).longValue()});
        }
    }

    @Override
    public void rebuild() {
        for (String sql : REBUILD) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }
}
