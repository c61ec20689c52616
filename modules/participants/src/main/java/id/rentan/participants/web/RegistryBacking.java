package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The registry list: server-paged, filtered by NIK, name, status, sector, OPD, kecamatan, kelurahan and age band,
 * sortable, exportable to CSV/XLSX (audited), always within the caller's OPD scope.
 */
@Named
@ViewScoped
public class RegistryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    CallerContext callers;

    private String nik;
    private String name;
    private ParticipantStatus status;
    private String sector;
    private String opd;
    private String kecamatan;
    private String kelurahan;
    private ParticipantFilter.AgeBand ageBand;
    private Long importId;
    private Long submissionId;
    private String gender;
    private java.time.YearMonth coveredIn;

    private PagedDataModel<ParticipantSummary> model;

    /** The filter last counted on request, and its count. */
    private ParticipantFilter countedFilter;
    private long counted;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> registry.search(filter(), request), row -> Long.toString(row.id()));
    }

    public ParticipantFilter filter() {
        return new ParticipantFilter(nik, name, status, sector, opd, kecamatan, kelurahan, ageBand, importId,
                submissionId, null, gender, coveredIn);
    }

    /** Counts, exactly, the participants matching the current filter (lists show only whether more follow). */
    public void count() {
        ParticipantFilter current = filter();
        counted = registry.count(current);
        countedFilter = current;
    }

    /** Whether the count shown belongs to the filter on screen. */
    public boolean isCountShown() {
        return countedFilter != null && countedFilter.equals(filter());
    }

    public long getCounted() {
        return counted;
    }

    public void clear() {
        nik = null;
        name = null;
        status = null;
        sector = null;
        opd = null;
        kecamatan = null;
        kelurahan = null;
        ageBand = null;
        importId = null;
        submissionId = null;
        gender = null;
        coveredIn = null;
    }

    public StreamedContent getCsv() {
        return download(TabularFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(TabularFormat.XLSX);
    }

    private StreamedContent download(TabularFormat format) {
        ParticipantFilter filter = filter();
        return DefaultStreamedContent.builder()
                .name("peserta." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> registry.export(filter, TableWriter.of(format, out, "Peserta")))
                .build();
    }

    public boolean isMayPropose() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER);
    }

    public boolean isOpdFixed() {
        return callers.scope().restrictedOpd().isPresent();
    }

    public List<ParticipantStatus> getStatuses() {
        return Arrays.asList(ParticipantStatus.values());
    }

    public List<ParticipantFilter.AgeBand> getAgeBands() {
        return Arrays.asList(ParticipantFilter.AgeBand.values());
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<KecamatanInfo> getKecamatans() {
        return regions.kecamatan();
    }

    public List<KelurahanInfo> getKelurahans() {
        return kecamatan == null || kecamatan.isBlank() ? regions.kelurahan() : regions.kelurahanOf(kecamatan);
    }

    public String kelurahanName(String code) {
        return regions.byCode(code).map(KelurahanInfo::name).orElse(code);
    }

    public PagedDataModel<ParticipantSummary> getModel() {
        return model;
    }

    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ParticipantStatus getStatus() { return status; }
    public void setStatus(ParticipantStatus status) { this.status = status; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public String getKecamatan() { return kecamatan; }
    public void setKecamatan(String kecamatan) { this.kecamatan = kecamatan; }
    public String getKelurahan() { return kelurahan; }
    public void setKelurahan(String kelurahan) { this.kelurahan = kelurahan; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = "L".equals(gender) || "P".equals(gender) ? gender : null; }
    public java.time.YearMonth getCoveredIn() { return coveredIn; }
    public void setCoveredIn(java.time.YearMonth coveredIn) { this.coveredIn = coveredIn; }
    public ParticipantFilter.AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(ParticipantFilter.AgeBand ageBand) { this.ageBand = ageBand; }
    public Long getImportId() { return importId; }
    public void setImportId(Long importId) { this.importId = importId; }
    public Long getSubmissionId() { return submissionId; }
    public void setSubmissionId(Long submissionId) { this.submissionId = submissionId; }
}
