package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.domain.audit.AuditFilter;
import id.rentan.platform.domain.audit.AuditRecord;
import id.rentan.platform.domain.audit.AuditRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class JpaAuditRecordRepository implements AuditRecordRepository {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public void append(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public Page<AuditRecord> search(AuditFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<AuditRecord> query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> root = query.from(AuditRecord.class);
        query.where(predicates(cb, root, filter));
        query.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
        List<AuditRecord> items = em.createQuery(query)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditRecord> countRoot = count.from(AuditRecord.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));
        return Page.of(items, em.createQuery(count).getSingleResult(), page);
    }

    @Override
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditRecord a order by a.action", String.class)
                .getResultList();
    }

    @Override
    public List<String> entityTypes() {
        return em.createQuery("""
                        select distinct a.entityType from AuditRecord a
                         where a.entityType is not null
                         order by a.entityType
                        """, String.class)
                .getResultList();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditRecord> root, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
        }
        if (notBlank(filter.username())) {
            where.add(cb.equal(root.get("username"), filter.username().trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (notBlank(filter.action())) {
            where.add(cb.equal(root.get("action"), filter.action().trim()));
        }
        if (notBlank(filter.entityType())) {
            where.add(cb.equal(root.get("entityType"), filter.entityType().trim()));
        }
        if (notBlank(filter.entityId())) {
            where.add(cb.equal(root.get("entityId"), filter.entityId().trim()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
