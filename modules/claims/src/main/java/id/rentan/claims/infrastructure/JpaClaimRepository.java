package id.rentan.claims.infrastructure;

import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimFile;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimRepository;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.Scholarship;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Claims in JPA. Every list is paged on the server and narrowed by the caller's OPD scope. */
@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {

    private static final Map<String, String> SORTS = Map.of("id", "c.id", "eventDate", "c.eventDate",
            "reportedAt", "c.reportedAt", "fullName", "c.fullName", "status", "c.status", "type", "c.type",
            "expectedBenefit", "c.expectedBenefit", "payBy", "c.payBy");

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    @Override
    public Claim save(Claim claim) {
        em.persist(claim);
        em.flush();
        return claim;
    }

    @Override
    public Optional<Claim> find(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public Optional<Claim> lock(long id) {
        return Optional.ofNullable(em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean hasDeathClaim(long participantId) {
        return !em.createQuery("select c.id from Claim c where c.deathParticipantId = :p", Long.class)
                .setParameter("p", participantId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public Page<Claim> page(ClaimFilter filter, DataScope scope, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        String sort = SORTS.getOrDefault(page.sortField() == null ? "id" : page.sortField(), "c.id");
        TypedQuery<Claim> q = em.createQuery("select c from Claim c" + where + " order by " + sort
                + (page.ascending() ? " asc" : " desc") + ("c.id".equals(sort) ? "" : ", c.id desc"), Claim.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Claim c" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        scope.bind(q);
        scope.bind(count);
        List<Claim> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, count.getSingleResult(), page);
    }

    @Override
    public void forEach(ClaimFilter filter, DataScope scope, Consumer<Claim> consumer) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, scope, params);
        long after = 0;
        while (true) {
            TypedQuery<Claim> q = em.createQuery("select c from Claim c" + where
                    + (where.isEmpty() ? " where" : " and") + " c.id > :after order by c.id", Claim.class);
            params.forEach(q::setParameter);
            scope.bind(q).setParameter("after", after);
            List<Claim> chunk = q.setMaxResults(CHUNK).getResultList();
            chunk.forEach(consumer);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
            em.clear();
        }
    }

    private static String where(ClaimFilter f, DataScope scope, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (f.status() != null) {
            w.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.type() != null) {
            w.append(" and c.type = :type");
            params.put("type", f.type());
        }
        if (f.query() != null && !f.query().isBlank()) {
            String q = f.query().strip();
            String digits = q.replaceAll("[\\s.-]", "");
            if (digits.matches("\\d{16}")) {
                w.append(" and c.nik = :nik");
                params.put("nik", digits);
            } else if (digits.matches("\\d{5,15}")) {
                w.append(" and c.kpj = :kpj");
                params.put("kpj", digits);
            } else {
                w.append(" and upper(c.fullName) like :name");
                params.put("name", "%" + q.toUpperCase(java.util.Locale.ROOT).replace("%", "") + "%");
            }
        }
        if (f.opd() != null && !f.opd().isBlank()) {
            w.append(" and c.opdCode = :opd");
            params.put("opd", f.opd());
        }
        // booleans are filtered through the cover reason they follow from (EclipseLink binds H2 booleans as numbers)
        if (f.covered() != null) {
            w.append(" and c.coverReason in :coveredReasons");
            params.put("coveredReasons", reasons(r -> r.covered() == f.covered()));
        }
        if (Boolean.TRUE.equals(f.atRisk())) {
            w.append(" and c.coverReason in :atRiskReasons and c.status <> :rejected");
            params.put("atRiskReasons", reasons(CoverReason::atRisk));
            params.put("rejected", ClaimStatus.REJECTED);
        }
        if (f.reason() != null) {
            w.append(" and c.coverReason = :reason");
            params.put("reason", f.reason());
        }
        if (Boolean.TRUE.equals(f.withHeirs())) {
            w.append(" and exists (select h.id from Heir h where h.claim = c)");
        }
        if (f.scholarshipYear() != null) {
            w.append(" and c.status <> :notRejected and exists (select s.id from Scholarship s where s.claim = c "
                    + "and s.schoolYear = :scholarshipYear)");
            params.put("notRejected", ClaimStatus.REJECTED);
            params.put("scholarshipYear", f.scholarshipYear());
        }
        if (f.from() != null) {
            w.append(" and c.eventDate >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            w.append(" and c.eventDate <= :to");
            params.put("to", f.to());
        }
        w.append(scope.jpql("c.opdCode"));
        return w.toString();
    }

    private static List<CoverReason> reasons(java.util.function.Predicate<CoverReason> which) {
        return java.util.Arrays.stream(CoverReason.values()).filter(which).toList();
    }

    @Override
    public List<Claim> toRecheck(YearMonth month) {
        return em.createQuery("select c from Claim c where c.status <> :rejected and c.eventDate >= :first "
                        + "and c.eventDate <= :last order by c.id", Claim.class)
                .setParameter("rejected", ClaimStatus.REJECTED)
                .setParameter("first", month.atDay(1)).setParameter("last", month.atEndOfMonth())
                .getResultList();
    }

    @Override
    public List<Claim> atRisk() {
        return em.createQuery("select c from Claim c where c.coverReason in :reasons and c.status <> :rejected "
                        + "order by c.id", Claim.class).setParameter("reasons", reasons(CoverReason::atRisk))
                .setParameter("rejected", ClaimStatus.REJECTED).getResultList();
    }

    @Override
    public ClaimFile saveFile(ClaimFile file) {
        em.persist(file);
        em.flush();
        return file;
    }

    @Override
    public Optional<ClaimFile> file(long id) {
        return Optional.ofNullable(em.find(ClaimFile.class, id));
    }

    @Override
    public List<Scholarship> scholarshipsOf(int schoolYear, DataScope scope) {
        return scope.bind(em.createQuery("select s from Scholarship s join s.claim c where s.schoolYear = :y "
                        + "and c.status <> :rejected and not exists (select n.id from Scholarship n "
                        + "where n.heirId = s.heirId and n.schoolYear = :next)" + scope.jpql("c.opdCode")
                        + " order by c.id, s.heirId", Scholarship.class))
                .setParameter("y", schoolYear).setParameter("next", schoolYear + 1)
                .setParameter("rejected", ClaimStatus.REJECTED).getResultList();
    }

    // ---- statistics (R-05) ---------------------------------------------------------------------------------------

    /** A native query's positional parameters bound in order. */
    private jakarta.persistence.Query nativeQuery(String sql, List<Object> args) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
        return q;
    }

    /** {@code AND <column> = ?} for a scope restricted to one OPD (an empty scope is answered before the query). */
    private static String scoped(DataScope scope, String column, List<Object> args) {
        return scope.restrictedOpd().map(opd -> {
            args.add(opd);
            return " AND " + column + " = ?";
        }).orElse("");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ClaimCell> cells(LocalDate from, LocalDate to, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String sql = "SELECT c.claim_type, c.status, c.cover_reason, COUNT(*), "
                + "SUM(CASE WHEN c.benefit_bounded THEN c.expected_benefit ELSE 0 END), "
                + "SUM(CASE WHEN c.benefit_bounded THEN 0 ELSE 1 END), "
                + "SUM(CASE WHEN c.decided_amount IS NULL THEN 0 ELSE 1 END), "
                + "SUM(CASE WHEN c.decided_amount IS NOT NULL AND c.benefit_bounded THEN c.expected_benefit ELSE 0 END), "
                + "SUM(COALESCE(c.decided_amount, 0)), "
                + "SUM(CASE WHEN c.status = 'PAID' THEN COALESCE(c.decided_amount, 0) ELSE 0 END), "
                + "SUM(CASE WHEN c.amount_differs THEN 1 ELSE 0 END) "
                + "FROM claims.claim c WHERE c.event_date >= ? AND c.event_date <= ?" + scoped(scope, "c.opd_code", args)
                + " GROUP BY c.claim_type, c.status, c.cover_reason";
        List<Object[]> rows = nativeQuery(sql, args).getResultList();
        return rows.stream().map(r -> new ClaimCell(ClaimType.valueOf((String) r[0]), ClaimStatus.valueOf((String) r[1]),
                CoverReason.valueOf((String) r[2]), number(r[3]), number(r[4]), number(r[5]), number(r[6]),
                number(r[7]), number(r[8]), number(r[9]), number(r[10]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<HeirCount> heirCounts(LocalDate from, LocalDate to, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String sql = "SELECT h.relation, COUNT(*), SUM(CASE WHEN h.entitled THEN 1 ELSE 0 END) "
                + "FROM claims.claim_heir h JOIN claims.claim c ON c.id = h.claim_id "
                + "WHERE c.event_date >= ? AND c.event_date <= ?" + scoped(scope, "c.opd_code", args)
                + " GROUP BY h.relation";
        List<Object[]> rows = nativeQuery(sql, args).getResultList();
        return rows.stream().map(r -> new HeirCount(HeirRelation.valueOf((String) r[0]),
                number(r[1]), number(r[2]))).toList();
    }

    @Override
    public long claimsWithHeirs(LocalDate from, LocalDate to, DataScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)));
        String sql = "SELECT COUNT(DISTINCT h.claim_id) FROM claims.claim_heir h JOIN claims.claim c "
                + "ON c.id = h.claim_id WHERE c.event_date >= ? AND c.event_date <= ?"
                + scoped(scope, "c.opd_code", args);
        return number(nativeQuery(sql, args).getSingleResult());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ScholarshipCount> scholarshipCounts(int schoolYear, DataScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(List.of(schoolYear));
        // one scholarship per child and school year (uq_scholarship_child_year): the rows are the children
        String sql = "SELECT s.school_level, COUNT(*), SUM(s.amount) FROM claims.scholarship s "
                + "JOIN claims.claim c ON c.id = s.claim_id WHERE s.school_year = ? AND c.status <> 'REJECTED'"
                + scoped(scope, "c.opd_code", args) + " GROUP BY s.school_level";
        List<Object[]> rows = nativeQuery(sql, args).getResultList();
        return rows.stream().map(r -> new ScholarshipCount(SchoolLevel.valueOf((String) r[0]),
                number(r[1]), number(r[2]))).toList();
    }

    @Override
    public long claimsWithScholarships(int schoolYear, DataScope scope) {
        if (scope.isEmpty()) {
            return 0;
        }
        List<Object> args = new ArrayList<>(List.of(schoolYear));
        String sql = "SELECT COUNT(DISTINCT s.claim_id) FROM claims.scholarship s JOIN claims.claim c "
                + "ON c.id = s.claim_id WHERE s.school_year = ? AND c.status <> 'REJECTED'"
                + scoped(scope, "c.opd_code", args);
        return number(nativeQuery(sql, args).getSingleResult());
    }
}
