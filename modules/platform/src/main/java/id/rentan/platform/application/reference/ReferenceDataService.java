package id.rentan.platform.application.reference;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.KelurahanCode;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.region.RegionNames;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.domain.reference.Kecamatan;
import id.rentan.platform.domain.reference.Kelurahan;
import id.rentan.platform.domain.reference.Opd;
import id.rentan.platform.domain.reference.ReferenceRepository;
import id.rentan.platform.domain.reference.Sector;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import id.rentan.platform.application.AfterCommit;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * OPDs, sectors and regions: read by every module from an in-memory copy (they are small and change rarely), and
 * maintained by administrators with audit. Codes never change once created (the API uses them); records are
 * deactivated rather than deleted.
 */
@ApplicationScoped
public class ReferenceDataService implements OrganisationDirectory, RegionDirectory {

    /**
     * An immutable copy of all reference data; it answers the directory questions itself, so that a bulk job can
     * hold it ({@link #snapshot()}) and ask without going through the container each time.
     */
    record Snapshot(Map<String, OpdInfo> opdsByCode, Map<String, SectorInfo> sectorsByCode,
                            List<KecamatanInfo> kecamatan, Map<String, KelurahanInfo> kelurahanByCode,
                            Map<String, Optional<KelurahanInfo>> kelurahanByName)
            implements OrganisationDirectory, RegionDirectory {

        @Override
        public List<OpdInfo> opds() {
            return List.copyOf(opdsByCode.values());
        }

        @Override
        public Optional<OpdInfo> opd(String code) {
            return code == null ? Optional.empty() : Optional.ofNullable(opdsByCode.get(code.trim().toUpperCase()));
        }

        @Override
        public List<SectorInfo> sectors() {
            return List.copyOf(sectorsByCode.values());
        }

        @Override
        public Optional<SectorInfo> sector(String code) {
            return code == null ? Optional.empty() : Optional.ofNullable(sectorsByCode.get(code.trim().toUpperCase()));
        }

        @Override
        public List<KelurahanInfo> kelurahan() {
            return List.copyOf(kelurahanByCode.values());
        }

        @Override
        public List<KelurahanInfo> kelurahanOf(String kecamatanCode) {
            return kelurahanByCode.values().stream().filter(k -> k.kecamatanCode().equals(kecamatanCode)).toList();
        }

        @Override
        public Optional<KelurahanInfo> byCode(String code) {
            if (code == null || !KelurahanCode.looksLikeCode(code)) {
                return Optional.empty();
            }
            return Optional.ofNullable(kelurahanByCode.get(KelurahanCode.parse(code).value()));
        }

        @Override
        public Optional<KelurahanInfo> resolve(String codeOrName) {
            if (codeOrName == null || codeOrName.isBlank()) {
                return Optional.empty();
            }
            if (KelurahanCode.looksLikeCode(codeOrName)) {
                return byCode(codeOrName);
            }
            return kelurahanByName.getOrDefault(RegionNames.normalize(codeOrName), Optional.empty());
        }

        @Override
        public Snapshot snapshot() {
            return this;
        }
    }

    @Inject
    ReferenceRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;

    // ---- OrganisationDirectory and RegionDirectory: answered by the current copy ------------------------------

    @Override
    public List<OpdInfo> opds() {
        return snapshot().opds();
    }

    @Override
    public Optional<OpdInfo> opd(String code) {
        return snapshot().opd(code);
    }

    @Override
    public List<SectorInfo> sectors() {
        return snapshot().sectors();
    }

    @Override
    public Optional<SectorInfo> sector(String code) {
        return snapshot().sector(code);
    }

    @Override
    public List<KecamatanInfo> kecamatan() {
        return snapshot().kecamatan();
    }

    @Override
    public List<KelurahanInfo> kelurahan() {
        return snapshot().kelurahan();
    }

    @Override
    public List<KelurahanInfo> kelurahanOf(String kecamatanCode) {
        return snapshot().kelurahanOf(kecamatanCode);
    }

    @Override
    public Optional<KelurahanInfo> byCode(String code) {
        return snapshot().byCode(code);
    }

    @Override
    public Optional<KelurahanInfo> resolve(String codeOrName) {
        return snapshot().resolve(codeOrName);
    }

    // ---- administration (ADMIN) ------------------------------------------------------------------------------

    @Transactional
    public void createOpd(String code, String name, Opd.Kind kind, Set<String> sectorCodes) {
        callers.require(Role.ADMIN);
        Opd opd = new Opd(code, name, kind);
        if (repository.findOpd(opd.code()).isPresent()) {
            throw BusinessException.conflict("reference.code.taken", opd.code());
        }
        opd.allowSectors(existingSectors(sectorCodes));
        repository.addOpd(opd);
        audit.record("OPD_CREATED", "Opd", opd.code(), null, opd.snapshot());
        invalidateAfterCommit();
    }

    @Transactional
    public void updateOpd(String code, String name, Opd.Kind kind, Set<String> sectorCodes, boolean active) {
        callers.require(Role.ADMIN);
        Opd opd = repository.findOpd(code).orElseThrow(() -> BusinessException.notFound("reference.opd.notFound", code));
        Map<String, Object> before = opd.snapshot();
        opd.rename(name);
        opd.changeKind(kind);
        opd.allowSectors(existingSectors(sectorCodes));
        if (active) {
            opd.activate();
        } else {
            opd.deactivate();
        }
        audit.record("OPD_UPDATED", "Opd", opd.code(), before, opd.snapshot());
        invalidateAfterCommit();
    }

    @Transactional
    public void createSector(String code, String nameId, String nameEn) {
        callers.require(Role.ADMIN);
        Sector sector = new Sector(code, nameId, nameEn);
        if (repository.findSector(sector.code()).isPresent()) {
            throw BusinessException.conflict("reference.code.taken", sector.code());
        }
        repository.addSector(sector);
        audit.record("SECTOR_CREATED", "Sector", sector.code(), null, sector.snapshot());
        invalidateAfterCommit();
    }

    @Transactional
    public void updateSector(String code, String nameId, String nameEn, boolean active) {
        callers.require(Role.ADMIN);
        Sector sector = repository.findSector(code)
                .orElseThrow(() -> BusinessException.notFound("reference.sector.notFound", code));
        Map<String, Object> before = sector.snapshot();
        sector.rename(nameId, nameEn);
        if (active) {
            sector.activate();
        } else {
            sector.deactivate();
        }
        audit.record("SECTOR_UPDATED", "Sector", sector.code(), before, sector.snapshot());
        invalidateAfterCommit();
    }

    private Set<String> existingSectors(Set<String> codes) {
        Set<String> result = new TreeSet<>();
        for (String c : codes == null ? Set.<String>of() : codes) {
            Sector sector = repository.findSector(c)
                    .orElseThrow(() -> new BusinessException("reference.sector.notFound", c));
            result.add(sector.code());
        }
        return result;
    }

    // ---- cache -----------------------------------------------------------------------------------------------

    /** The current copy (also the snapshot handed to bulk jobs: it never changes once built). */
    @Override
    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        Map<String, OpdInfo> opds = repository.opds().stream()
                .sorted(Comparator.comparing((Opd o) -> o.kind().ordinal()).thenComparing(Opd::code))
                .map(o -> new OpdInfo(o.code(), o.name(), o.kind().name(), o.isActive(), o.sectors()))
                .collect(Collectors.toMap(OpdInfo::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, SectorInfo> sectors = repository.sectors().stream()
                .map(s -> new SectorInfo(s.code(), s.nameId(), s.nameEn(), s.isActive()))
                .collect(Collectors.toMap(SectorInfo::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> kecamatanNames = new HashMap<>();
        List<KecamatanInfo> kecamatan = repository.kecamatan().stream()
                .map((Kecamatan k) -> new KecamatanInfo(k.code(), k.name()))
                .peek(k -> kecamatanNames.put(k.code(), k.name()))
                .toList();
        Map<String, KelurahanInfo> byCode = new LinkedHashMap<>();
        Map<String, Optional<KelurahanInfo>> byName = new HashMap<>();
        for (Kelurahan k : repository.kelurahan()) {
            KelurahanInfo info = new KelurahanInfo(k.code(), k.name(), k.kecamatanCode(),
                    kecamatanNames.getOrDefault(k.kecamatanCode(), k.kecamatanCode()));
            byCode.put(info.code(), info);
            // a name shared by two kelurahan is ambiguous: it resolves to nothing
            byName.merge(RegionNames.normalize(info.name()), Optional.of(info), (a, b) -> Optional.empty());
        }
        return new Snapshot(opds, sectors, kecamatan, byCode, byName);
    }

    private void invalidateAfterCommit() {
        AfterCommit.nowAndAfterCompletion(transactions, () -> snapshot = null);
    }
}
