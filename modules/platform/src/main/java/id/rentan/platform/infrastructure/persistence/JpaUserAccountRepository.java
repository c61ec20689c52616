package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserAccountRepository;
import id.rentan.platform.domain.account.UserFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "username", "username", "fullName", "fullName", "role", "role", "opdCode", "opdCode",
            "lastLoginAt", "lastLoginAt", "createdAt", "createdAt");

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // two administrators creating the same user name at the same moment: the unique key decides
            throw BusinessException.conflict("account.username.taken", account.username());
        }
        return account;
    }

    @Override
    public long countEnabledAdmins() {
        return em.createNamedQuery(UserAccount.COUNT_ENABLED_ADMINS, Long.class).getSingleResult();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public long countLockedAt(LocalDateTime now) {
        return em.createQuery("""
                        select count(u) from UserAccount u
                         where u.lockedUntil is not null
                           and u.lockedUntil > :now
                        """, Long.class)
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    public long countMustChangePassword() {
        return em.createQuery("""
                        select count(u) from UserAccount u
                         where u.mustChangePassword = true
                           and u.enabled = true
                        """, Long.class)
                .getSingleResult();
    }

    @Override
    public Page<UserAccount> search(UserFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<UserAccount> query = cb.createQuery(UserAccount.class);
        Root<UserAccount> root = query.from(UserAccount.class);
        query.where(predicates(cb, root, filter));
        String sortField = page.sortField() == null ? "username" : SORTABLE.getOrDefault(page.sortField(), "username");
        query.orderBy(page.ascending() ? cb.asc(root.get(sortField)) : cb.desc(root.get(sortField)),
                cb.asc(root.get("id")));
        List<UserAccount> items = em.createQuery(query)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<UserAccount> countRoot = count.from(UserAccount.class);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter));
        long total = em.createQuery(count).getSingleResult();
        return Page.of(items, total, page);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<UserAccount> root, UserFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(root.get("username"), like, '\\'),
                    cb.like(cb.lower(root.get("fullName")), like, '\\')));
        }
        if (filter.role() != null) {
            where.add(cb.equal(root.get("role"), filter.role()));
        }
        if (filter.opdCode() != null && !filter.opdCode().isBlank()) {
            where.add(cb.equal(root.get("opdCode"), filter.opdCode()));
        }
        if (filter.enabled() != null) {
            where.add(cb.equal(root.get("enabled"), filter.enabled()));
        }
        return where.toArray(Predicate[]::new);
    }
}
