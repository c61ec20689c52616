package id.rentan.participants.infrastructure;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.domain.ImportBatch;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.participants.domain.StatusChange;
import id.rentan.participants.domain.Submission;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

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

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "p.fullName", "nik", "p.nik", "status", "p.status", "proposedOn", "p.proposedOn",
            "sectorCode", "p.sectorCode", "opdCode", "p.opdCode", "kelurahanCode", "p.kelurahanCode",
            "coverageStart", "p.coverageStart", "id", "p.id");

    @PersistenceContext(unitName = "participants")
    private EntityManager em;

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
        Map<String, ParticipantStatus> holders = new HashMap<>();
        List<String> all = new ArrayList<>(niks);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Object[]> rows = em.createQuery(
                            "select p.activeNik, p.status from Participant p where p.activeNik in :niks", Object[].class)
                    .setParameter("niks", chunk)
                    .getResultList();
            for (Object[] row : rows) {
                holders.put((String) row[0], (ParticipantStatus) row[1]);
            }
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
    public Optional<Participant> findByKpj(String kpj) {
        return em.createQuery("select p from Participant p where p.kpj = :kpj order by p.id desc", Participant.class)
                .setParameter("kpj", kpj)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Page<ParticipantSummary> search(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible,
                                           LocalDate today, PageRequest page) {
        Where where = where(filter, scope, visible, today);
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "id" : page.sortField(), "p.id")
                + (page.sortField() == null ? " desc" : page.ascending() ? " asc" : " desc")
                + (page.sortField() == null || "id".equals(page.sortField()) ? "" : ", p.id desc");
        TypedQuery<Object[]> query = em.createQuery("""
                select p.id, p.nik, p.fullName, p.gender, p.birthDate, p.sectorCode, p.opdCode, p.kelurahanCode,
                       p.kecamatanCode, p.status, p.kpj, p.coverageStart, p.endDate, p.reportedIncome, p.warnings
                  from Participant p
                """ + where.jpql + " order by " + order, Object[].class);
        where.bind(query);
        List<ParticipantSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(JpaParticipantRepository::summary).toList();
        long total = items.size() < page.size() && page.page() == 0 ? items.size() : count(where);
        return Page.of(items, total, page);
    }

    @Override
    public long count(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today) {
        return count(where(filter, scope, visible, today));
    }

    private long count(Where where) {
        TypedQuery<Long> count = em.createQuery("select count(p) from Participant p" + where.jpql, Long.class);
        where.bind(count);
        return count.getSingleResult();
    }

    @Override
    public void forEach(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today,
                        Consumer<Participant> consumer) {
        Where where = where(filter, scope, visible, today);
        long after = 0;
        while (true) {
            TypedQuery<Participant> query = em.createQuery("select p from Participant p" + where.jpql
                    + " and p.id > :after order by p.id", Participant.class);
            where.bind(query);
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

        void and(String condition, String name, Object value) {
            jpqlBuilder.append(" and ").append(condition);
            params.put(name, value);
        }

        void bind(Query query) {
            params.forEach(query::setParameter);
            scope.bind(query);
        }
    }

    private static Where where(ParticipantFilter f, DataScope scope, Set<ParticipantStatus> visible, LocalDate today) {
        Where w = new Where();
        w.scope = scope;
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
            w.and("p.status = :status", "status", f.status());
        }
        if (notBlank(f.sectorCode())) {
            w.and("p.sectorCode = :sector", "sector", f.sectorCode());
        }
        if (notBlank(f.opdCode())) {
            w.and("p.opdCode = :opd", "opd", f.opdCode());
        }
        if (notBlank(f.kecamatanCode())) {
            w.and("p.kecamatanCode = :kecamatan", "kecamatan", f.kecamatanCode());
        }
        if (notBlank(f.kelurahanCode())) {
            w.and("p.kelurahanCode = :kelurahan", "kelurahan", f.kelurahanCode());
        }
        if (f.ageBand() != null) {
            w.and("p.birthDate >= :bornFrom", "bornFrom", f.ageBand().bornOnOrAfter(today));
            w.and("p.birthDate <= :bornTo", "bornTo", f.ageBand().bornOnOrBefore(today));
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
            w.and("p.status in :visible", "visible", new ArrayList<>(visible));
        }
        w.jpqlBuilder.append(scope.jpql("p.opdCode"));
        w.jpql = w.jpqlBuilder.toString();
        return w;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
