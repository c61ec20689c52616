package id.rentan.claims.web;

import id.rentan.claims.application.ClaimService;
import id.rentan.claims.application.ClaimService.StoredScan;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimDocument;
import id.rentan.claims.domain.ClaimEvent;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.Heir;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.claims.domain.Scholarship;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A claim's page: what was reported and checked (cover CL-01, expected benefit CL-02, late reports CL-04), the
 * document checklist with its scans, heirs (CL-03) and scholarships (S-01), the STMB months and the JKK stage II
 * report, the lifecycle actions the caller's role may take in the claim's status, and its history. Every action
 * calls the service and shows the claim again as stored; failures reach the page through the one error path.
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    CallerContext callers;

    @Inject
    Parameters parameters;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private Long id;
    private Claim claim;
    private List<ClaimEvent> events = List.of();
    private List<Heir> children = List.of();
    private long scholarshipCap;
    private List<Integer> schoolYears = List.of();

    // a scan being uploaded
    private DocumentType uploadType;

    // a heir being added or updated
    private String heirName;
    private String heirNik;
    private HeirRelation heirRelation;
    private LocalDate heirBirthDate;
    private boolean heirMarried;
    private boolean heirWorking;
    private Heir currentHeir;

    // a scholarship being added
    private Long scholarshipHeirId;
    private Integer scholarshipYear;
    private SchoolLevel scholarshipLevel;

    // STMB and JKK stage II
    private Integer months;
    private LocalDateTime verdictAt;
    private LocalDateTime stageTwoReportedAt;

    // lifecycle
    private String note;
    private String trackingNumber;
    private Long amount;
    private String reason;
    private LocalDate paidOn;

    /** Loads the claim named by the {@code id} view parameter (404 when there is none in the caller's scope). */
    public void load() {
        try {
            if (id == null) {
                throw BusinessException.notFound("claim.notFound", 0L);
            }
            claim = claims.view(id);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                NotFound.send(); // another OPD's claim does not exist for this caller
                return;
            }
            throw e;
        }
        List<ClaimEvent> newestFirst = new ArrayList<>(claim.events());
        Collections.reverse(newestFirst);
        events = newestFirst;
        children = claim.heirs().stream().filter(h -> h.relation() == HeirRelation.CHILD).toList();
        scholarshipCap = parameters.amountOn(ParameterCode.SCHOLARSHIP_MAX_TOTAL, clock.today()).amount();
        schoolYears = IntStream.rangeClosed(claim.eventDate().getYear() - 1, clock.today().getYear() + 1).boxed()
                .sorted((a, b) -> b - a).toList();
        months = claim.inabilityMonths();
        verdictAt = claim.verdictAt();
        stageTwoReportedAt = claim.stageTwoReportedAt();
    }

    // ------------------------------------------------------------------ cover

    public void recheck() {
        Claim c = claims.recheck(id);
        messages.info("claims.cover.rechecked", messages.text(c.coverReason().labelKey()));
        load();
    }

    // ------------------------------------------------------------------ documents

    /** Ticks an item of the checklist, or takes the tick away. */
    public void toggle(ClaimDocument document) {
        claims.checkDocument(id, document.type(), !document.checked());
        load();
    }

    public void prepareUpload(ClaimDocument document) {
        uploadType = document.type();
    }

    /** A scan of the chosen item: the service checks its content and size, stores it with its SHA-256, ticks it. */
    public void upload(FileUploadEvent event) {
        claims.attachFile(id, uploadType, event.getFile().getFileName(), event.getFile().getContent());
        messages.info("claims.document.uploaded", event.getFile().getFileName(), messages.text(uploadType.labelKey()));
        load();
    }

    /** Sends an item's scan to the browser (the service audits the download). */
    public void download(DocumentType type) throws IOException {
        StoredScan scan = claims.file(id, type);
        Faces.sendFile(scan.content(), scan.fileName(), true);
    }

    // ------------------------------------------------------------------ heirs (CL-03)

    public void prepareHeir() {
        heirName = null;
        heirNik = null;
        heirRelation = null;
        heirBirthDate = null;
        heirMarried = false;
        heirWorking = false;
        currentHeir = null;
    }

    public void addHeir() {
        Heir h = claims.addHeir(id, heirName, heirNik, heirRelation, heirBirthDate, heirMarried, heirWorking);
        messages.info("claims.heir.added", h.fullName());
        prepareHeir();
        load();
    }

    public void removeHeir(Heir heir) {
        claims.removeHeir(id, heir.id());
        messages.info("claims.heir.removed", heir.fullName());
        load();
    }

    public void prepareSituation(Heir heir) {
        currentHeir = heir;
        heirMarried = heir.married();
        heirWorking = heir.working();
    }

    public void saveSituation() {
        claims.heirSituation(id, currentHeir.id(), heirMarried, heirWorking);
        messages.info("claims.heir.updated", currentHeir.fullName());
        currentHeir = null;
        load();
    }

    // ------------------------------------------------------------------ scholarships (S-01)

    public void prepareScholarship() {
        scholarshipHeirId = null;
        scholarshipYear = currentSchoolYear();
        scholarshipLevel = null;
    }

    public void addScholarship() {
        Scholarship s = claims.addScholarship(id, scholarshipHeirId == null ? 0 : scholarshipHeirId,
                scholarshipYear == null ? 0 : scholarshipYear, scholarshipLevel);
        messages.info("claims.scholarship.added", s.schoolYearLabel(), s.amount());
        prepareScholarship();
        load();
    }

    /** The school year running today: one starts in July. */
    private int currentSchoolYear() {
        LocalDate today = clock.today();
        return today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    }

    /** The school years a scholarship can be for (the service checks the range again). */
    public List<Integer> getSchoolYears() {
        return schoolYears;
    }

    public String schoolYearLabel(int year) {
        return year + "/" + (year + 1);
    }

    /** The child a scholarship is for. */
    public String childName(Scholarship s) {
        return claim.findHeir(s.heirId()).map(Heir::fullName).orElse("—");
    }

    // ------------------------------------------------------------------ STMB, JKK stage II

    public void saveMonths() {
        claims.inabilityMonths(id, months == null ? 0 : months);
        messages.info("claims.stmb.updated", months);
        load();
    }

    public void saveStageTwo() {
        Claim c = claims.stageTwo(id, verdictAt, stageTwoReportedAt);
        messages.info(c.lateStageTwo() ? "claims.stageTwo.savedLate" : "claims.stageTwo.saved");
        load();
    }

    // ------------------------------------------------------------------ lifecycle

    public void prepareLifecycle() {
        note = null;
        trackingNumber = null;
        reason = null;
        amount = claim.benefitBounded() ? claim.expectedBenefit() : null;
        paidOn = clock.today();
    }

    public void markIncomplete() {
        claims.markIncomplete(id, note);
        messages.info("claims.lifecycle.incompleteDone");
        load();
    }

    public void submit() {
        Claim c = claims.submit(id, trackingNumber);
        messages.info("claims.lifecycle.submitted", c.trackingNumber());
        load();
    }

    public void approve() {
        Claim c = claims.decide(id, ClaimStatus.APPROVED, amount, null, null);
        messages.info(c.amountDiffers() ? "claims.decision.approvedDiffers" : "claims.decision.approved",
                c.decidedAmount());
        load();
    }

    public void reject() {
        claims.decide(id, ClaimStatus.REJECTED, null, reason, null);
        messages.info("claims.decision.rejected");
        load();
    }

    public void markPaid() {
        Claim c = claims.decide(id, ClaimStatus.PAID, null, null, paidOn);
        messages.info("claims.decision.paid", DateTimeFormatter.ofPattern("d MMM yyyy", messages.locale())
                .format(c.paidOn()));
        load();
    }

    // ------------------------------------------------------------------ what the caller may do

    private Caller caller() {
        return callers.caller();
    }

    private boolean decided() {
        ClaimStatus s = claim.status();
        return s == ClaimStatus.APPROVED || s == ClaimStatus.PAID || s == ClaimStatus.REJECTED;
    }

    /** Records and works on claims (ADMIN, OPD_OPERATOR, VERIFIER, BPJS_OFFICER); auditors only read. */
    public boolean isRecorder() {
        return caller().hasAnyRole(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER);
    }

    public boolean isDecider() {
        return caller().hasAnyRole(Role.ADMIN, Role.BPJS_OFFICER);
    }

    public boolean isMayRecheck() {
        return isRecorder() && claim.status() != ClaimStatus.PAID && claim.status() != ClaimStatus.REJECTED;
    }

    public boolean isMayEditDocuments() {
        return isRecorder() && !decided();
    }

    public boolean isMayEditHeirs() {
        return isRecorder() && claim.type().hasHeirs() && claim.status() != ClaimStatus.REJECTED;
    }

    public boolean isScholarships() {
        return claim.type().allowsScholarships();
    }

    public boolean isMayAddScholarship() {
        return isRecorder() && isScholarships() && claim.status() != ClaimStatus.REJECTED && !children.isEmpty();
    }

    public boolean isMayEditMonths() {
        return isRecorder() && claim.type() == ClaimType.JKK_STMB && !decided();
    }

    public boolean isMayStageTwo() {
        return isRecorder() && claim.type().isWorkAccident() && claim.status() != ClaimStatus.REJECTED;
    }

    public boolean isMayMarkIncomplete() {
        return isRecorder() && claim.status().mayMoveTo(ClaimStatus.DOCUMENTS_INCOMPLETE);
    }

    public boolean isMaySubmit() {
        return isRecorder() && claim.status().mayMoveTo(ClaimStatus.SUBMITTED);
    }

    public boolean isMayApprove() {
        return isDecider() && claim.status().mayMoveTo(ClaimStatus.APPROVED);
    }

    public boolean isMayReject() {
        return isDecider() && claim.status().mayMoveTo(ClaimStatus.REJECTED);
    }

    public boolean isMayMarkPaid() {
        return isDecider() && claim.status().mayMoveTo(ClaimStatus.PAID);
    }

    public boolean isMayAct() {
        return isMayMarkIncomplete() || isMaySubmit() || isMayApprove() || isMayReject() || isMayMarkPaid();
    }

    /** Whether the caller may open the funding invoice page (FINANCE, BPJS, ADMIN, AUDITOR). */
    public boolean isMayOpenInvoice() {
        return caller().hasAnyRole(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR);
    }

    /** Whether an item of the checklist is needed (the marriage book with a spouse, the police report on the road). */
    public boolean required(ClaimDocument document) {
        return claim.isRequired(document.type());
    }

    public String masked(String value) {
        return Nik.mask(value);
    }

    public List<HeirRelation> getRelations() {
        return Arrays.asList(HeirRelation.values());
    }

    public List<SchoolLevel> getLevels() {
        return Arrays.asList(SchoolLevel.values());
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public long getMaxFileBytes() {
        return claims.maxFileBytes();
    }

    public long getMaxFileMegabytes() {
        return claims.maxFileBytes() / (1024 * 1024);
    }

    public LocalDateTime getNow() {
        return clock.now().truncatedTo(ChronoUnit.MINUTES);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Claim getClaim() { return claim; }
    public List<ClaimEvent> getEvents() { return events; }
    public List<Heir> getChildren() { return children; }
    public long getScholarshipCap() { return scholarshipCap; }
    public DocumentType getUploadType() { return uploadType; }
    public String getHeirName() { return heirName; }
    public void setHeirName(String heirName) { this.heirName = heirName; }
    public String getHeirNik() { return heirNik; }
    public void setHeirNik(String heirNik) { this.heirNik = heirNik; }
    public HeirRelation getHeirRelation() { return heirRelation; }
    public void setHeirRelation(HeirRelation heirRelation) { this.heirRelation = heirRelation; }
    public LocalDate getHeirBirthDate() { return heirBirthDate; }
    public void setHeirBirthDate(LocalDate heirBirthDate) { this.heirBirthDate = heirBirthDate; }
    public boolean isHeirMarried() { return heirMarried; }
    public void setHeirMarried(boolean heirMarried) { this.heirMarried = heirMarried; }
    public boolean isHeirWorking() { return heirWorking; }
    public void setHeirWorking(boolean heirWorking) { this.heirWorking = heirWorking; }
    public Heir getCurrentHeir() { return currentHeir; }
    public Long getScholarshipHeirId() { return scholarshipHeirId; }
    public void setScholarshipHeirId(Long scholarshipHeirId) { this.scholarshipHeirId = scholarshipHeirId; }
    public Integer getScholarshipYear() { return scholarshipYear; }
    public void setScholarshipYear(Integer scholarshipYear) { this.scholarshipYear = scholarshipYear; }
    public SchoolLevel getScholarshipLevel() { return scholarshipLevel; }
    public void setScholarshipLevel(SchoolLevel scholarshipLevel) { this.scholarshipLevel = scholarshipLevel; }
    public Integer getMonths() { return months; }
    public void setMonths(Integer months) { this.months = months; }
    public LocalDateTime getVerdictAt() { return verdictAt; }
    public void setVerdictAt(LocalDateTime verdictAt) { this.verdictAt = verdictAt; }
    public LocalDateTime getStageTwoReportedAt() { return stageTwoReportedAt; }
    public void setStageTwoReportedAt(LocalDateTime stageTwoReportedAt) { this.stageTwoReportedAt = stageTwoReportedAt; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getPaidOn() { return paidOn; }
    public void setPaidOn(LocalDate paidOn) { this.paidOn = paidOn; }
}
