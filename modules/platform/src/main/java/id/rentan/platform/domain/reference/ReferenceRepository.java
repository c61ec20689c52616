package id.rentan.platform.domain.reference;

import java.util.List;
import java.util.Optional;

/** Stores OPDs, sectors and the city's regions. These are small tables, read whole. */
public interface ReferenceRepository {

    List<Opd> opds();

    Optional<Opd> findOpd(String code);

    void addOpd(Opd opd);

    List<Sector> sectors();

    Optional<Sector> findSector(String code);

    void addSector(Sector sector);

    List<Kecamatan> kecamatan();

    List<Kelurahan> kelurahan();
}
