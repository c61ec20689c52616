package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.domain.reference.Kecamatan;
import id.rentan.platform.domain.reference.Kelurahan;
import id.rentan.platform.domain.reference.Opd;
import id.rentan.platform.domain.reference.ReferenceRepository;
import id.rentan.platform.domain.reference.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaReferenceRepository implements ReferenceRepository {

    @PersistenceContext(unitName = "platform")
    private EntityManager em;

    @Override
    public List<Opd> opds() {
        return em.createQuery("select o from Opd o order by o.code", Opd.class).getResultList();
    }

    @Override
    public Optional<Opd> findOpd(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Opd.class, code));
    }

    @Override
    public void addOpd(Opd opd) {
        em.persist(opd);
    }

    @Override
    public List<Sector> sectors() {
        return em.createQuery("select s from Sector s order by s.code", Sector.class).getResultList();
    }

    @Override
    public Optional<Sector> findSector(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Sector.class, code));
    }

    @Override
    public void addSector(Sector sector) {
        em.persist(sector);
    }

    @Override
    public List<Kecamatan> kecamatan() {
        return em.createQuery("select k from Kecamatan k order by k.code", Kecamatan.class).getResultList();
    }

    @Override
    public List<Kelurahan> kelurahan() {
        return em.createQuery("select k from Kelurahan k order by k.code", Kelurahan.class).getResultList();
    }
}
