package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.domain.param.ParameterRepository;
import id.rentan.platform.domain.param.ParameterVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaParameterRepository implements ParameterRepository {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public List<ParameterVersion> all() {
        return em.createQuery("select v from ParameterVersion v order by v.code, v.validFrom", ParameterVersion.class)
                .getResultList();
    }

    @Override
    public List<ParameterVersion> versionsOf(ParameterCode code) {
        return em.createQuery("""
                        select v from ParameterVersion v
                         where v.code = :code
                         order by v.validFrom
                        """, ParameterVersion.class)
                .setParameter("code", code)
                .getResultList();
    }

    @Override
    public List<ParameterVersion> lockVersionsOf(ParameterCode code) {
        return em.createQuery("""
                        select v from ParameterVersion v
                         where v.code = :code
                         order by v.validFrom
                        """, ParameterVersion.class)
                .setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Optional<ParameterVersion> find(long id) {
        return Optional.ofNullable(em.find(ParameterVersion.class, id));
    }

    @Override
    public void add(ParameterVersion version) {
        em.persist(version);
    }

    @Override
    public void remove(ParameterVersion version) {
        em.remove(em.contains(version) ? version : em.merge(version));
    }
}
