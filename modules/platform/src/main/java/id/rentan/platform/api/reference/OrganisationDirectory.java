package id.rentan.platform.api.reference;

import java.util.List;
import java.util.Optional;

/** The OPDs and sectors of the programme, and which OPD may propose which sector (E-04). */
public interface OrganisationDirectory {

    List<OpdInfo> opds();

    Optional<OpdInfo> opd(String code);

    List<SectorInfo> sectors();

    Optional<SectorInfo> sector(String code);

    /** E-04: whether the OPD (active) may propose workers of the sector (active). */
    default boolean mayPropose(String opdCode, String sectorCode) {
        return opd(opdCode)
                .filter(OpdInfo::active)
                .filter(o -> o.sectors().contains(sectorCode))
                .flatMap(o -> sector(sectorCode))
                .map(SectorInfo::active)
                .orElse(false);
    }

    /** An unchanging in-memory copy as of now, for work that asks thousands of times in a row (an import). */
    default OrganisationDirectory snapshot() {
        return this;
    }
}
