package id.rentan.participants.infrastructure;

import id.rentan.participants.domain.ProposalCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** {@link ProposalCounts} as grouped native queries over the registry, its history and the import reports. */
@ApplicationScoped
public class JpaProposalCounts implements ProposalCounts {

    @PersistenceContext(unitName = "participants")
    EntityManager em;

    @Override
    public List<OpdCount> proposed(LocalDate from, LocalDate to, String opd) {
        List<OpdCount> out = new ArrayList<>();
        for (Object[] r : rows("SELECT opd_code, COUNT(*) FROM participants.participant"
                + " WHERE proposed_on >= ?1 AND proposed_on < ?2" + and(opd, "opd_code") + " GROUP BY opd_code",
                opd, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to))) {
            out.add(new OpdCount((String) r[0], num(r[1])));
        }
        return out;
    }

    @Override
    public List<RefusalCount> refusals(LocalDate from, LocalDate to, String opd) {
        List<RefusalCount> out = new ArrayList<>();
        for (Object[] r : rows("SELECT p.opd_code, c.from_status, c.reason, COUNT(*)"
                + " FROM participants.status_change c JOIN participants.participant p ON p.id = c.participant_id"
                + " WHERE c.to_status = 'REJECTED' AND c.changed_at >= ?1 AND c.changed_at < ?2"
                + and(opd, "p.opd_code") + " GROUP BY p.opd_code, c.from_status, c.reason",
                opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
            out.add(new RefusalCount((String) r[0], (String) r[1], r[2] == null ? "" : (String) r[2], num(r[3])));
        }
        return out;
    }

    @Override
    public List<RegistrationCount> registrations(LocalDate from, LocalDate to, String opd) {
        List<RegistrationCount> out = new ArrayList<>();
        for (Object[] r : rows("SELECT p.opd_code, p.proposed_on, CAST(c.changed_at AS DATE), COUNT(*)"
                + " FROM participants.status_change c JOIN participants.participant p ON p.id = c.participant_id"
                + " WHERE c.to_status = 'ACTIVE' AND c.from_status = 'SUBMITTED'"
                + " AND c.changed_at >= ?1 AND c.changed_at < ?2" + and(opd, "p.opd_code")
                + " GROUP BY p.opd_code, p.proposed_on, CAST(c.changed_at AS DATE)",
                opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
            out.add(new RegistrationCount((String) r[0], date(r[1]), date(r[2]), num(r[3])));
        }
        return out;
    }

    @Override
    public List<ImportRefusals> importRefusals(LocalDate from, LocalDate to, String opd, List<String> rules) {
        StringBuilder sums = new StringBuilder();
        for (String rule : rules) {
            // the stored messages are written as [{"r":"V-01","s":"E",...}] (Violations): refusals only
            sums.append(", SUM(CASE WHEN r.messages LIKE '%\"r\":\"").append(rule.replace("'", ""))
                    .append("\",\"s\":\"E\"%' THEN 1 ELSE 0 END)");
        }
        List<ImportRefusals> out = new ArrayList<>();
        for (Object[] r : rows("SELECT b.opd_code, COUNT(*)" + sums
                + " FROM participants.import_row r JOIN participants.import_batch b ON b.id = r.import_id"
                + " WHERE r.outcome = 'REJECTED' AND b.dry_run = FALSE AND b.created_at >= ?1 AND b.created_at < ?2"
                + and(opd, "b.opd_code") + " GROUP BY b.opd_code",
                opd, Timestamp.valueOf(from.atStartOfDay()), Timestamp.valueOf(to.atStartOfDay()))) {
            long[] perRule = new long[rules.size()];
            for (int i = 0; i < perRule.length; i++) {
                perRule[i] = num(r[i + 2]);
            }
            out.add(new ImportRefusals((String) r[0], num(r[1]), perRule));
        }
        return out;
    }

    private static String and(String opd, String column) {
        return opd == null ? "" : " AND " + column + " = ?3";
    }

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
