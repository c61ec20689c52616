package id.rentan.reporting.infrastructure;

import id.rentan.reporting.domain.CoverageTarget;
import id.rentan.reporting.domain.CoverageTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** {@link CoverageTargets} in table {@code reporting.coverage_target}. */
@ApplicationScoped
public class JpaCoverageTargets implements CoverageTargets {

    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public Optional<CoverageTarget> of(int year) {
        return Optional.ofNullable(em.find(CoverageTarget.class, year));
    }

    @Override
    public List<CoverageTarget> all() {
        return em.createQuery("select t from CoverageTarget t order by t.year desc", CoverageTarget.class)
                .getResultList();
    }

    @Override
    public void add(CoverageTarget target) {
        em.persist(target);
    }
}
