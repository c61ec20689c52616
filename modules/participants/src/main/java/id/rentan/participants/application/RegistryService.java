package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The registry as lists: paged search, counts and exports, always within the caller's OPD scope and the statuses
 * the role may see. Exports stream (100,000 rows never sit in memory) and are audited as bulk reads of personal
 * data.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegistryService {

    static final List<String> EXPORT_COLUMNS = List.of("id", "nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir",
            "jenis_kelamin", "nama_ibu_kandung", "alamat", "rt", "rw", "kode_kelurahan", "kelurahan", "kecamatan",
            "no_hp", "sektor", "opd", "penghasilan", "status", "kpj", "mulai_kepesertaan", "tanggal_berakhir",
            "diusulkan", "peringatan");

    @Inject
    ParticipantRepository participants;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    RegionDirectory regions;

    public Page<ParticipantSummary> search(ParticipantFilter filter, PageRequest page) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER, Role.AUDITOR);
        return participants.search(filter == null ? ParticipantFilter.none() : filter, callers.scope(),
                Visibility.of(caller), clock.today(), page);
    }

    /**
     * The exact number of participants matching the filter, in the caller's scope. Lists do not count every page
     * (ADR 0013); this is the count asked for on purpose.
     */
    public long count(ParticipantFilter filter) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER, Role.AUDITOR);
        return participants.count(filter == null ? ParticipantFilter.none() : filter, callers.scope(),
                Visibility.of(caller), clock.today());
    }

    public Map<ParticipantStatus, Long> countByStatus() {
        callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER, Role.AUDITOR);
        return participants.countByStatus(callers.scope());
    }

    /** Streams the matching participants to a CSV/XLSX writer and audits the export; returns the row count. */
    public int export(ParticipantFilter filter, TableWriter out) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER, Role.AUDITOR);
        int[] count = {0};
        out.header(EXPORT_COLUMNS);
        ParticipantFilter f = filter == null ? ParticipantFilter.none() : filter;
        participants.forEach(f, callers.scope(), Visibility.of(caller), clock.today(), p -> {
            KelurahanInfo k = regions.byCode(p.kelurahanCode()).orElse(null);
            out.row(p.id(), p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(), p.birthDate(), p.gender().name(),
                    p.motherName(), p.address(), p.rt(), p.rw(), p.kelurahanCode(), k == null ? null : k.name(),
                    k == null ? null : k.kecamatanName(), p.phone(), p.sectorCode(), p.opdCode(), p.reportedIncome(),
                    p.status().name(), p.kpj(), p.coverageStart(), p.endDate(), p.proposedOn(),
                    Violations.fromJson(p.warningsJson()).stream().map(v -> v.rule()).distinct()
                            .reduce((a, b) -> a + " " + b).orElse(null));
            count[0]++;
        });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "PARTICIPANTS_EXPORTED", "Participant", null, null,
                Map.of("rows", count[0], "filter", String.valueOf(f), "scope", String.valueOf(callers.scope())));
        return count[0];
    }
}
