package id.rentan.claims.web;

import id.rentan.claims.application.ClaimPreview;
import id.rentan.claims.application.ClaimRequest;
import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimType;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Recording a claim (section 7): the participant found by NIK or KPJ, the claim as reported, and, before anything is
 * saved, what the claim would show: cover (CL-01), expected benefit with its breakdown (CL-02), a late report
 * (CL-04) and an existing death claim. Saving records exactly what was checked: if the entry changed since, it is
 * checked again and shown instead of saved.
 */
@Named
@ViewScoped
public class ClaimEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    // the participant
    private String nik;
    private String kpj;
    private ParticipantSummary participant;

    // the claim as reported
    private ClaimType type;
    private LocalDate eventDate;
    private LocalTime eventTime;
    private LocalDateTime reportedAt;
    private boolean roadAccident;
    private Integer inabilityMonths;
    private String description;

    // the check before saving
    private ClaimPreview preview;
    private ClaimRequest previewed;

    @PostConstruct
    void init() {
        reportedAt = clock.now().truncatedTo(ChronoUnit.MINUTES);
        inabilityMonths = 1;
    }

    /** Finds the participant by NIK or KPJ, within the caller's scope (another OPD's is not found). */
    public void find() {
        participant = null;
        preview = null;
        previewed = null;
        participant = claims.findParticipant(null, nik, kpj);
    }

    /** Another participant: the search starts again. */
    public void change() {
        participant = null;
        preview = null;
        previewed = null;
    }

    /** The type chose which fields apply; an earlier check no longer matches. */
    public void typeChosen() {
        preview = null;
        previewed = null;
    }

    /** CL-01, CL-02, CL-04 before saving; saves nothing. */
    public void check() {
        ClaimRequest request = request();
        preview = claims.preview(request);
        previewed = request;
    }

    /** Records the claim that was checked and opens it; an entry changed since its check is checked again. */
    public String save() {
        ClaimRequest request = request();
        if (preview == null || !request.equals(previewed)) {
            check();
            messages.warn("claims.entry.checkAgain");
            return null;
        }
        Claim claim = claims.record(request);
        messages.info(claim.type().isDeath() ? "claims.entry.savedDeath" : "claims.entry.saved", claim.id(),
                claim.fullName());
        messages.keepForRedirect();
        return "/claims/claim.xhtml?faces-redirect=true&id=" + claim.id();
    }

    private ClaimRequest request() {
        boolean workAccident = type != null && type.isWorkAccident();
        return new ClaimRequest(participant == null ? null : participant.id(), participant == null ? nik : null,
                participant == null ? kpj : null, type, eventDate, workAccident ? eventTime : null, reportedAt,
                workAccident && roadAccident, type == ClaimType.JKK_STMB ? inabilityMonths : null, description);
    }

    public boolean isDeath() {
        return ClaimService.isDeath(type);
    }

    public boolean isWorkAccident() {
        return type != null && type.isWorkAccident();
    }

    public boolean isStmb() {
        return type == ClaimType.JKK_STMB;
    }

    /** Whether the caller may open the funding invoice page (FINANCE, BPJS, ADMIN, AUDITOR). */
    public boolean isMayOpenInvoice() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
    }

    /** The NIK as shown on screen (first 6 and last 4 digits). */
    public String masked(String value) {
        return Nik.mask(value);
    }

    public List<ClaimType> getTypes() {
        return Arrays.asList(ClaimType.values());
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getKpj() { return kpj; }
    public void setKpj(String kpj) { this.kpj = kpj; }
    public ParticipantSummary getParticipant() { return participant; }
    public ClaimType getType() { return type; }
    public void setType(ClaimType type) { this.type = type; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate eventDate) { this.eventDate = eventDate; }
    public LocalTime getEventTime() { return eventTime; }
    public void setEventTime(LocalTime eventTime) { this.eventTime = eventTime; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public void setReportedAt(LocalDateTime reportedAt) { this.reportedAt = reportedAt; }
    public boolean isRoadAccident() { return roadAccident; }
    public void setRoadAccident(boolean roadAccident) { this.roadAccident = roadAccident; }
    public Integer getInabilityMonths() { return inabilityMonths; }
    public void setInabilityMonths(Integer inabilityMonths) { this.inabilityMonths = inabilityMonths; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ClaimPreview getPreview() { return preview; }
}
