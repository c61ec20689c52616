package id.rentan.participants.application;

import id.rentan.participants.api.ProposalStatistics;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ProposalStatistics} by grouped queries over the registry, its status history and the import reports
 * (never whole tables into memory).
 */
@ApplicationScoped
public class ProposalStatisticsService implements ProposalStatistics {

    /** The rules an import row can be refused by (section 3). */
    static final List<String> IMPORT_RULES = List.of("V-01", "V-02", "V-03", "V-04", "V-05", "V-06", "V-07", "V-08",
            "V-09", "V-10", "E-01", "E-02", "E-03", "E-04", "E-05");

    @Inject
    CallerContext callers;

    @PersistenceContext(unitName = "participants")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public QualityFigures quality(int year) {
        callers.require(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.AUDITOR);
        DataScope scope = callers.scope();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, long[]> counts = new TreeMap<>(); // proposed, rejected, registered, import rows
        Map<String, List<long[]>> days = new TreeMap<>(); // opd -> {days, count}
        List<Rejection> rejections = new ArrayList<>();
        List<ImportRejection> importRejections = new ArrayList<>();
        if (!scope.isEmpty()) {
            String opd = scope.restrictedOpd().orElse(null);
            for (Object[] r : rows("SELECT opd_code, COUNT(*) FROM participants.participant"
                    + " WHERE proposed_on >= ?1 AND proposed_on < ?2" + and(opd, "opd_code") + " GROUP BY opd_code",
                    opd, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))) {
                counts.computeIfAbsent((String) r[0], k -> new long[4])[0] = num(r[1]);
            }
            for (Object[] r : rows("SELECT p.opd_code, c.from_status, c.reason, COUNT(*)"
                    + " FROM participants.status_change c JOIN participants.participant p ON p.id = c.participant_id"
                    + " WHERE c.to_status = 'REJECTED' AND c.changed_at >= ?1 AND c.changed_at < ?2"
                    + and(opd, "p.opd_code") + " GROUP BY p.opd_code, c.from_status, c.reason",
                    opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
                String stage = "SUBMITTED".equals(r[1]) ? "BPJS" : "VERIFICATION";
                rejections.add(new Rejection((String) r[0], stage, r[2] == null ? "" : (String) r[2], num(r[3])));
                counts.computeIfAbsent((String) r[0], k -> new long[4])[1] += num(r[3]);
            }
            for (Object[] r : rows("SELECT p.opd_code, p.proposed_on, CAST(c.changed_at AS DATE), COUNT(*)"
                    + " FROM participants.status_change c JOIN participants.participant p ON p.id = c.participant_id"
                    + " WHERE c.to_status = 'ACTIVE' AND c.from_status = 'SUBMITTED'"
                    + " AND c.changed_at >= ?1 AND c.changed_at < ?2" + and(opd, "p.opd_code")
                    + " GROUP BY p.opd_code, p.proposed_on, CAST(c.changed_at AS DATE)",
                    opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
                long n = num(r[3]);
                long d = Math.max(0, ChronoUnit.DAYS.between(date(r[1]), date(r[2])));
                counts.computeIfAbsent((String) r[0], k -> new long[4])[2] += n;
                days.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(new long[]{d, n});
            }
            StringBuilder sums = new StringBuilder();
            for (String rule : IMPORT_RULES) {
                // the stored messages are written as [{"r":"V-01","s":"E",...}] (Violations): refusals only
                sums.append(", SUM(CASE WHEN r.messages LIKE '%\"r\":\"").append(rule)
                        .append("\",\"s\":\"E\"%' THEN 1 ELSE 0 END)");
            }
            for (Object[] r : rows("SELECT b.opd_code, COUNT(*)" + sums
                    + " FROM participants.import_row r JOIN participants.import_batch b ON b.id = r.import_id"
                    + " WHERE r.outcome = 'REJECTED' AND b.dry_run = FALSE AND b.created_at >= ?1 AND b.created_at < ?2"
                    + and(opd, "b.opd_code") + " GROUP BY b.opd_code",
                    opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
                counts.computeIfAbsent((String) r[0], k -> new long[4])[3] = num(r[1]);
                for (int i = 0; i < IMPORT_RULES.size(); i++) {
                    long n = num(r[i + 2]);
                    if (n > 0) {
                        importRejections.add(new ImportRejection((String) r[0], IMPORT_RULES.get(i), n));
                    }
                }
            }
        }
        List<OpdProposals> opds = new ArrayList<>();
        counts.forEach((opd, c) -> {
            List<long[]> d = days.getOrDefault(opd, List.of());
            opds.add(new OpdProposals(opd, c[0], c[1], c[2], average(d), median(d), c[3]));
        });
        rejections.sort(Comparator.comparing(Rejection::opdCode).thenComparing(Rejection::count,
                Comparator.reverseOrder()));
        return new QualityFigures(year, opds, rejections, importRejections);
    }

    /** Average of days weighted by counts ({@code {days, count}}), or {@code null}. */
    static Double average(List<long[]> d) {
        long n = d.stream().mapToLong(x -> x[1]).sum();
        if (n == 0) {
            return null;
        }
        double sum = d.stream().mapToDouble(x -> (double) x[0] * x[1]).sum();
        return Math.round(sum / n * 10) / 10.0;
    }

    /** The (lower) median of days weighted by counts, or {@code null}. */
    static Integer median(List<long[]> d) {
        long n = d.stream().mapToLong(x -> x[1]).sum();
        if (n == 0) {
            return null;
        }
        List<long[]> sorted = new ArrayList<>(d);
        sorted.sort(Comparator.comparingLong(x -> x[0]));
        long middle = (n + 1) / 2;
        long seen = 0;
        for (long[] x : sorted) {
            seen += x[1];
            if (seen >= middle) {
                return (int) x[0];
            }
        }
        return (int) sorted.get(sorted.size() - 1)[0];
    }

    private static String and(String opd, String column) {
        return opd == null ? "" : " AND " + column + " = ?3";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String opd, Object from, Object to) {
        Query q = em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to);
        if (opd != null) {
            q.setParameter(3, opd);
        }
        List<Object[]> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add((Object[]) row);
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o).substring(0, 10));
    }
}
