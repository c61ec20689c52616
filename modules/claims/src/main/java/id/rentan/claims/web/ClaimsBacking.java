package id.rentan.claims.web;

import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverReason;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The claim list: server-paged and sortable, filtered by status, type, NIK/KPJ/name, cover and its reason, risk,
 * event dates and (for roles that see every OPD) the OPD, each also from the address so that a report's figure opens
 * the claims behind it (plus, from reports only, claims with heirs and claims with a scholarship in a school year);
 * exportable to CSV/XLSX (audited by the service), always within the
 * caller's OPD scope.
 */
@Named
@ViewScoped
public class ClaimsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallerContext callers;

    private ClaimStatus status;
    private ClaimType type;
    private String query;
    private String opd;
    private Boolean covered;
    private boolean atRisk;
    private LocalDate from;
    private LocalDate to;
    private CoverReason reason;
    private boolean withHeirs;
    private Integer scholarshipYear;

    private PagedDataModel<Claim> model;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> claims.list(filter(), request), row -> Long.toString(row.id()));
    }

    /** The filter on screen; an OPD operator's OPD is fixed by the service's scope, not by this filter. */
    public ClaimFilter filter() {
        return new ClaimFilter(status, type, blankToNull(query), isOpdFixed() ? null : blankToNull(opd), covered,
                atRisk ? Boolean.TRUE : null, from, to, reason, withHeirs ? Boolean.TRUE : null, scholarshipYear);
    }

    public void clear() {
        status = null;
        type = null;
        query = null;
        opd = null;
        covered = null;
        atRisk = false;
        from = null;
        to = null;
        reason = null;
        withHeirs = false;
        scholarshipYear = null;
    }

    public StreamedContent getCsv() {
        return download(TabularFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return download(TabularFormat.XLSX);
    }

    private StreamedContent download(TabularFormat format) {
        ClaimFilter filter = filter();
        return DefaultStreamedContent.builder()
                .name("klaim." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> claims.export(filter, TableWriter.of(format, out, "Klaim")))
                .build();
    }

    public boolean isMayRecord() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER);
    }

    public boolean isOpdFixed() {
        return callers.scope().restrictedOpd().isPresent();
    }

    /** The NIK as lists show it (first 6 and last 4 digits). */
    public String masked(String nik) {
        return Nik.mask(nik);
    }

    public List<ClaimStatus> getStatuses() {
        return Arrays.asList(ClaimStatus.values());
    }

    public List<CoverReason> getReasons() {
        return Arrays.asList(CoverReason.values());
    }

    /** Filters that only a report's link sets (no field on the screen): shown as a note with a way to clear them. */
    public boolean isReportFilter() {
        return withHeirs || scholarshipYear != null;
    }

    public List<ClaimType> getTypes() {
        return Arrays.asList(ClaimType.values());
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public PagedDataModel<Claim> getModel() { return model; }
    public ClaimStatus getStatus() { return status; }
    public void setStatus(ClaimStatus status) { this.status = status; }
    public ClaimType getType() { return type; }
    public void setType(ClaimType type) { this.type = type; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public Boolean getCovered() { return covered; }
    public void setCovered(Boolean covered) { this.covered = covered; }
    public boolean isAtRisk() { return atRisk; }
    public void setAtRisk(boolean atRisk) { this.atRisk = atRisk; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public CoverReason getReason() { return reason; }
    public void setReason(CoverReason reason) { this.reason = reason; }
    public boolean isWithHeirs() { return withHeirs; }
    public void setWithHeirs(boolean withHeirs) { this.withHeirs = withHeirs; }
    public Integer getScholarshipYear() { return scholarshipYear; }
    public void setScholarshipYear(Integer scholarshipYear) { this.scholarshipYear = scholarshipYear; }
}
