package id.rentan.participants.infrastructure;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.domain.ImportBatch;
import id.rentan.participants.domain.CoverSpan;
import id.rentan.participants.domain.CoverageFlows;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.participants.domain.StatusChange;
import id.rentan.participants.domain.Submission;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.region.KelurahanCode;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaParticipantRepository implements ParticipantRepository {

    private static final int CHUNK = 1000;
    private static final int LOOKUP_CHUNK = 10_000;


    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "p.fullName", "nik", "p.nik", "status", "p.status", "proposedOn", "p.proposedOn",
            "sectorCode", "p.sectorCode", "opdCode", "p.opdCode", "kelurahanCode", "p.kelurahanCode",
            "coverageStart", "p.coverageStart", "id", "p.id");

    @Resource(lookup = "java:app/jdbc/rentan")
    DataSource dataSource;

    @PersistenceContext(unitName = "participants")
    private EntityManager em;

    @jakarta.inject.Inject
    CoverageFlows flows;

    @Override
    public Optional<Participant> find(long id) {
        return Optional.ofNullable(em.find(Participant.class, id));
    }

    @Override
    public Participant lock(long id) {
        Participant p = em.find(Participant.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw BusinessException.notFound("participant.notFound", id);
        }
        return p;
    }

    @Override
    public Participant add(Participant participant) {
        em.persist(participant);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                // the unique key on active_nik: another enrolment of the NIK was saved first (V-06)
                throw new BusinessException(BusinessException.Kind.CONFLICT, "V-06", "rule.V-06.concurrent");
            }
            throw e;
        }
        return participant;
    }

    @Override
    public void addChange(StatusChange change) {
        em.persist(change);
        // the coverage figures follow every change of cover in the same transaction (ADR 0016)
        Participant p = em.find(Participant.class, change.participantId());
        CoverSpan after = p.coverSpan();
        if (!java.util.Objects.equals(change.coverBefore(), after)) {
            flows.moved(p, change.coverBefore(), after);
        }
    }

    @Override
    public List<StatusChange> history(long participantId) {
        return em.createQuery("""
                        select c from StatusChange c
                         where c.participantId = :id
                         order by c.changedAt, c.id
                        """, StatusChange.class)
                .setParameter("id", participantId)
                .getResultList();
    }

    @Override
    public Optional<ParticipantStatus> holderOf(String nik) {
        return em.createQuery("select p.status from Participant p where p.activeNik = :nik", ParticipantStatus.class)
                .setParameter("nik", nik)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, ParticipantStatus> holdersOf(Collection<String> niks) {
        // one JDBC query per 10,000 NIKs, in NIK order (the unique index is then read page by page), on the
        // transaction's own connection: an import checks 100,000 NIKs in a few hundred milliseconds
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        Map<String, ParticipantStatus> holders = new HashMap<>();
        List<String> all = new ArrayList<>(niks);
        all.sort(null);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT active_nik, status FROM participants.participant WHERE active_nik = ANY(?)")) {
            for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
                Object[] chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK)).toArray();
                ps.setArray(1, c.createArrayOf("VARCHAR", chunk));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        holders.put(rs.getString(1), ParticipantStatus.valueOf(rs.getString(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up enrolments by NIK", e);
        }
        return holders;
    }

    @Override
    public Optional<Participant> findHolding(String nik) {
        return em.createQuery("select p from Participant p where p.activeNik = :nik", Participant.class)
                .setParameter("nik", nik)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Participant> findLatestByNik(String nik) {
        return em.createQuery("select p from Participant p where p.nik = :nik order by p.id desc", Participant.class)
                .setParameter("nik", nik)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Participant> findByKpj(String kpj) {
        return em.createQuery("select p from Participant p where p.kpj = :kpj order by p.id desc", Participant.class)
                .setParameter("kpj", kpj)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Page<ParticipantSummary> search(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible,
                                           LocalDate today, PageRequest page) {
        String order = orderBy(filter, scope, page);
        // only the columns the order walks along may steer the database's choice of index (ADR 0013)
        boolean alongText = order.startsWith("p.fullName") || order.startsWith("p.nik");
        boolean alongStatus = order.contains("p.status");
        boolean alongOpdOrId = order.startsWith("p.opdCode") || order.startsWith("p.id");
        Where where = where(filter, scope, visible, today, !alongText, alongStatus || (!alongText && !alongOpdOrId));
        TypedQuery<Object[]> query = em.createQuery("""
                select p.id, p.nik, p.fullName, p.gender, p.birthDate, p.sectorCode, p.opdCode, p.kelurahanCode,
                       p.kecamatanCode, p.status, p.kpj, p.coverageStart, p.endDate, p.reportedIncome, p.warnings
                  from Participant p
                """ + where.jpql + " order by " + order, Object[].class);
        where.bind(query);
        // one row more than the page: whether another page follows, without counting every match
        List<ParticipantSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size() + 1)
                .getResultList().stream().map(JpaParticipantRepository::summary).toList();
        if (items.size() > page.size()) {
            return Page.moreThan(items.subList(0, page.size()), page.offset() + page.size(), page);
        }
        if (items.isEmpty() && page.offset() > 0) {
            return Page.of(items, count(where), page); // past the end: say where the end is
        }
        return Page.of(items, page.offset() + items.size(), page); // the last page: the total is known
    }

    /**
     * The order of a list, written so that the database can read it along an index (V2 and V3 migrations, ADR 0013):
     * the list's equality filters first (the caller's OPD, then its kecamatan or else the status), then the id, all in
     * the same direction. Columns held equal by the filter do not change the order; they let the database stop
     * after one page instead of sorting every match. A search by name or NIK lists in name or NIK order.
     */
    static String orderBy(ParticipantFilter f, DataScope scope, PageRequest page) {
        String field = page.sortField();
        boolean byDefault = field == null || "id".equals(field);
        String dir = byDefault && page.sortField() == null ? " desc" : page.ascending() ? " asc" : " desc";
        if (byDefault && page.sortField() == null) {
            if (notBlank(f.nik()) && f.nik().replaceAll("\\D", "").length() < 16) {
                return "p.nik asc, p.id asc";
            }
            if (notBlank(f.name())) {
                return "p.fullName asc, p.id asc";
            }
        }
        if (!byDefault) {
            String column = SORTABLE.getOrDefault(field, "p.id");
            return "p.id".equals(column) ? "p.id" + dir : column + dir + ", p.id" + dir;
        }
        List<String> lead = new ArrayList<>();
        boolean oneOpd = scope.restrictedOpd().isPresent() || notBlank(f.opdCode());
        if (oneOpd) {
            lead.add("p.opdCode");
        }
        if (oneOpd && kecamatanOf(f) != null) {
            lead.add("p.kecamatanCode");
        } else if (f.status() != null) {
            lead.add("p.status");
        }
        StringBuilder order = new StringBuilder();
        for (String column : lead) {
            order.append(column).append(dir).append(", ");
        }
        return order.append("p.id").append(dir).toString();
    }

    @Override
    public long count(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today) {
        return count(where(filter, scope, visible, today, true, true));
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("select count(p) from Participant p" + where.jpql, Long.class);
        where.bind(count);
        return count.getSingleResult();
    }

    @Override
    public void forEach(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today,
                        Consumer<Participant> consumer) {
        Where where = where(filter, scope, visible, today, true, true);
        long after = 0;
        while (true) {
            TypedQuery<Participant> query = em.createQuery("select p from Participant p" + where.jpql
                    + " and p.id > :after order by p.id", Participant.class);
            where.bind(query);
            // read, never changed: not registered in the persistence context (no copies kept for change tracking)
            query.setHint("eclipselink.read-only", "true");
            query.setHint("eclipselink.jdbc.fetch-size", CHUNK);
            List<Participant> chunk = query.setParameter("after", after).setMaxResults(CHUNK).getResultList();
            for (Participant p : chunk) {
                consumer.accept(p);
                after = p.id();
            }
            if (chunk.size() < CHUNK) {
                return;
            }
            em.clear();
        }
    }

    @Override
    public Map<ParticipantStatus, Long> countByStatus(DataScope scope) {
        Query query = em.createQuery("select p.status, count(p) from Participant p where 1 = 1"
                + scope.jpql("p.opdCode") + " group by p.status");
        scope.bind(query);
        Map<ParticipantStatus, Long> counts = new EnumMap<>(ParticipantStatus.class);
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((ParticipantStatus) r[0], ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<Long> verifiedIds(Collection<Long> among) {
        if (among != null && !among.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            List<Long> all = new ArrayList<>(among);
            for (int from = 0; from < all.size(); from += CHUNK) {
                ids.addAll(em.createQuery("""
                                select p.id from Participant p
                                 where p.status = id.rentan.participants.api.ParticipantStatus.VERIFIED
                                   and p.id in :ids
                                 order by p.id
                                """, Long.class)
                        .setParameter("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                        .getResultList());
            }
            return ids;
        }
        return em.createQuery("""
                        select p.id from Participant p
                         where p.status = id.rentan.participants.api.ParticipantStatus.VERIFIED
                         order by p.id
                        """, Long.class)
                .getResultList();
    }

    @Override
    public Submission addSubmission(Submission submission) {
        em.persist(submission);
        em.flush();
        return submission;
    }

    @Override
    public Optional<Submission> findSubmission(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public Page<Submission> submissions(PageRequest page) {
        List<Submission> items = em.createQuery("select s from Submission s order by s.id desc", Submission.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(s) from Submission s", Long.class).getSingleResult();
        return Page.of(items, total, page);
    }

    @Override
    public List<ImportBatch> imports(DataScope scope, int max) {
        TypedQuery<ImportBatch> query = em.createQuery("select b from ImportBatch b where 1 = 1"
                + scope.jpql("b.opdCode") + " order by b.id desc", ImportBatch.class);
        scope.bind(query);
        return query.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<ImportBatch> findImport(long id) {
        return Optional.ofNullable(em.find(ImportBatch.class, id));
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ParticipantSummary summary(Object[] r) {
        return new ParticipantSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (Gender) r[3],
                (LocalDate) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (ParticipantStatus) r[9], (String) r[10], (LocalDate) r[11], (LocalDate) r[12],
                ((Number) r[13]).longValue(), r[14] != null);
    }

    /** A WHERE clause with its parameters, built from the filter, the scope and the visible statuses. */
    private static final class Where {
        private final StringBuilder jpqlBuilder = new StringBuilder(" where 1 = 1");
        private final Map<String, Object> params = new LinkedHashMap<>();
        private DataScope scope;
        private String jpql;

        void and(String condition) {
            jpqlBuilder.append(" and ").append(condition);
        }

        void and(String condition, String name, Object value) {
            jpqlBuilder.append(" and ").append(condition);
            params.put(name, value);
        }

        void bind(Query query) {
            params.forEach(query::setParameter);
            scope.bind(query);
        }
    }

    /**
     * The WHERE clause.
     *
     * @param opdSteers    whether the OPD condition may lead the database to the OPD's index; when the list is read
     *                     along another index (name, NIK), the OPD is checked row by row and written as an expression,
     *                     so that the database is not tempted to read the whole OPD and sort it instead (ADR 0013)
     * @param statusSteers the same for the status: only when the list walks the status's index
     */
    private static Where where(ParticipantFilter f, DataScope scope, Set<ParticipantStatus> visible, LocalDate today,
                               boolean opdSteers, boolean statusSteers) {
        Where w = new Where();
        w.scope = scope;
        String opdPath = opdSteers ? "p.opdCode" : "upper(p.opdCode)"; // codes are upper case
        if (notBlank(f.nik())) {
            String nik = f.nik().replaceAll("\\D", "");
            if (nik.length() == 16) {
                w.and("p.nik = :nik", "nik", nik);
            } else {
                w.and("p.nik like :nik", "nik", nik + "%");
            }
        }
        if (notBlank(f.name())) {
            String name = f.name().strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            w.and("p.fullName like :name escape '\\'", "name", name + "%");
        }
        if (f.status() != null) {
            w.and(statusSteers ? "p.status = :status" : "(case when p.status = :status then 1 else 0 end) = 1",
                    "status", f.status());
        }
        if (notBlank(f.sectorCode())) {
            w.and("p.sectorCode = :sector", "sector", f.sectorCode());
        }
        if (notBlank(f.opdCode())) {
            w.and(opdPath + " = :opd", "opd", f.opdCode());
        }
        String kecamatan = kecamatanOf(f);
        if (kecamatan != null) {
            // asked for, or implied by the kelurahan: lets the list walk the OPD's kecamatan (ADR 0013)
            w.and("p.kecamatanCode = :kecamatan", "kecamatan", kecamatan);
        }
        if (notBlank(f.kelurahanCode())) {
            w.and("p.kelurahanCode = :kelurahan", "kelurahan", f.kelurahanCode());
        }
        if (f.ageBand() != null) {
            LocalDate on = f.coveredIn() != null ? f.coveredIn().atEndOfMonth() : today;
            w.and("p.birthDate >= :bornFrom", "bornFrom", f.ageBand().bornOnOrAfter(on));
            w.and("p.birthDate <= :bornTo", "bornTo", f.ageBand().bornOnOrBefore(on));
        }
        if (notBlank(f.gender())) {
            w.and("p.gender = :gender", "gender", id.rentan.platform.api.identity.Gender.valueOf(f.gender()));
        }
        if (f.coveredIn() != null) {
            // covered on some day of the month, as the coverage figures count (CoverSpan, ADR 0016)
            w.and("p.coverageStart <= :coveredTo", "coveredTo", f.coveredIn().atEndOfMonth());
            w.and("(p.endDate is null or p.endDate >= :coveredFrom)", "coveredFrom", f.coveredIn().atDay(1));
        }
        if (f.importId() != null) {
            w.and("p.importId = :importId", "importId", f.importId());
        }
        if (f.submissionId() != null) {
            w.and("p.submissionId = :submissionId", "submissionId", f.submissionId());
        }
        if (notBlank(f.kpj())) {
            w.and("p.kpj = :kpj", "kpj", f.kpj().strip());
        }
        if (visible != null && visible.size() < ParticipantStatus.values().length) {
            if (statusSteers) {
                w.and("p.status in :visible", "visible", new ArrayList<>(visible));
            } else {
                // an expression, so that the status does not steer the index choice (ADR 0013); one parameter per
                // status, as JPQL allows no collection parameter inside CASE
                StringBuilder any = new StringBuilder("(case when ");
                int i = 0;
                for (ParticipantStatus status : visible) {
                    any.append(i == 0 ? "" : " or ").append("p.status = :visible").append(i);
                    w.params.put("visible" + i++, status);
                }
                w.and(any.append(" then 1 else 0 end) = 1").toString());
            }
        }
        w.jpqlBuilder.append(scope.jpql(opdPath));
        w.jpql = w.jpqlBuilder.toString();
        return w;
    }

    /** The kecamatan of the filter: chosen, or the one the chosen kelurahan lies in. */
    static String kecamatanOf(ParticipantFilter f) {
        if (notBlank(f.kecamatanCode())) {
            return f.kecamatanCode();
        }
        if (notBlank(f.kelurahanCode()) && KelurahanCode.looksLikeCode(f.kelurahanCode())
                && KelurahanCode.parse(f.kelurahanCode()).value().equals(f.kelurahanCode().strip())) {
            return KelurahanCode.parse(f.kelurahanCode()).kecamatanCode();
        }
        return null;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
