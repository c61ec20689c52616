package id.rentan.claims.domain;

import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.BusinessException.Kind;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A work-accident or death claim (sections 6 and 7), the aggregate of its checklist, heirs, scholarships and
 * history. It keeps what the city knew when it checked: the cover (CL-01), the expected benefit and its breakdown
 * (CL-02), a late report (CL-04); and what BPJS decided. Participants are referred to by id, with the name, NIK and
 * KPJ copied for the lists.
 */
@Entity
@Table(name = "claim", schema = "claims")
public class Claim {

    @Id
    @SequenceGenerator(name = "claim_seq", schema = "claims", sequenceName = "claim_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private long participantId;

    /** Set on death claims only: the database allows one per participant. */
    @Column(name = "death_participant_id", updatable = false)
    private Long deathParticipantId;

    @Column(name = "opd_code", nullable = false, updatable = false, length = 30)
    private String opdCode;

    @Column(name = "sector_code", nullable = false, updatable = false, length = 30)
    private String sectorCode;

    @Column(name = "kecamatan_code", updatable = false, length = 20)
    private String kecamatanCode;

    @Column(name = "nik", nullable = false, updatable = false, length = 16)
    private String nik;

    @Column(name = "kpj", updatable = false, length = 15)
    private String kpj;

    @Column(name = "full_name", nullable = false, updatable = false, length = 100)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, updatable = false, length = 20)
    private ClaimType type;

    @Column(name = "event_date", nullable = false, updatable = false)
    private LocalDate eventDate;

    @Column(name = "event_time", updatable = false)
    private LocalTime eventTime;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private LocalDateTime reportedAt;

    @Column(name = "road_accident", nullable = false, updatable = false)
    private boolean roadAccident;

    @Column(name = "inability_months")
    private Integer inabilityMonths;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "coverage_start", updatable = false)
    private LocalDate coverageStart;

    @Column(name = "reported_income", nullable = false, updatable = false)
    private long reportedIncome;

    @Enumerated(EnumType.STRING)
    @Column(name = "cover_reason", nullable = false, length = 25)
    private CoverReason coverReason;

    @Column(name = "covered", nullable = false)
    private boolean covered;

    @Column(name = "at_risk", nullable = false)
    private boolean atRisk;

    @Column(name = "premium_invoice_id")
    private Long premiumInvoiceId;

    @Column(name = "premium_source", length = 20)
    private String premiumSource;

    @Column(name = "pay_by")
    private LocalDate payBy;

    @Column(name = "cover_checked_at", nullable = false)
    private LocalDateTime coverCheckedAt;

    @Column(name = "membership_months", nullable = false)
    private int membershipMonths;

    @Column(name = "expected_benefit", nullable = false)
    private long expectedBenefit;

    @Column(name = "benefit_bounded", nullable = false)
    private boolean benefitBounded;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_benefit_item", schema = "claims", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<BenefitItem> breakdown = new ArrayList<>();

    /** CL-04: stage I reported later than the deadline after the accident. */
    @Column(name = "late_report", nullable = false)
    private boolean lateReport;

    @Column(name = "verdict_at")
    private LocalDateTime verdictAt;

    @Column(name = "stage_two_reported_at")
    private LocalDateTime stageTwoReportedAt;

    /** CL-04: stage II reported later than the deadline after the doctor's verdict. */
    @Column(name = "late_stage_two", nullable = false)
    private boolean lateStageTwo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 25)
    private ClaimStatus status;

    @Column(name = "tracking_number", length = 60)
    private String trackingNumber;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_amount")
    private Long decidedAmount;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    /** CL-02: BPJS decided another amount than the expected benefit. */
    @Column(name = "amount_differs", nullable = false)
    private boolean amountDiffers;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "rejection_reason", length = 500)
    private String rejectionReason;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ClaimDocument> documents = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Heir> heirs = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("schoolYear, id")
    private List<Scholarship> scholarships = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ClaimEvent> events = new ArrayList<>();

    protected Claim() {
    }

    /**
     * A new claim, REPORTED, with its document checklist.
     *
     * @param deadlineHours CL-04: {@code JKK_REPORT_DEADLINE_HOURS} on the event date
     */
    public Claim(ParticipantSummary p, ClaimType type, LocalDate eventDate, LocalTime eventTime,
                 LocalDateTime reportedAt, boolean roadAccident, Integer inabilityMonths, String description,
                 int deadlineHours, String by, LocalDateTime now) {
        if (type == null) {
            throw new BusinessException("claim.type.required");
        }
        if (eventDate == null) {
            throw new BusinessException("claim.eventDate.required");
        }
        if (eventDate.isAfter(now.toLocalDate())) {
            throw new BusinessException("claim.eventDate.future");
        }
        LocalDateTime reported = reportedAt == null ? now : reportedAt;
        if (reported.isAfter(now.plusMinutes(5))) {
            throw new BusinessException("claim.reportedAt.future");
        }
        if (reported.toLocalDate().isBefore(eventDate)) {
            throw new BusinessException("claim.reportedAt.beforeEvent");
        }
        if (type == ClaimType.JKK_STMB && inabilityMonths != null && inabilityMonths < 1) {
            throw new BusinessException("claim.inabilityMonths.invalid");
        }
        this.participantId = p.id();
        this.deathParticipantId = type.isDeath() ? p.id() : null;
        this.opdCode = p.opdCode();
        this.sectorCode = p.sectorCode();
        this.kecamatanCode = p.kecamatanCode();
        this.nik = p.nik();
        this.kpj = p.kpj();
        this.fullName = p.fullName();
        this.coverageStart = p.coverageStart();
        this.reportedIncome = p.reportedIncome();
        this.type = type;
        this.eventDate = eventDate;
        this.eventTime = eventTime;
        this.reportedAt = reported;
        this.roadAccident = roadAccident && type.isWorkAccident();
        this.inabilityMonths = type == ClaimType.JKK_STMB ? (inabilityMonths == null ? 1 : inabilityMonths) : null;
        this.description = trim(description, 1000);
        this.lateReport = type.isWorkAccident() && reported.isAfter(accidentAt().plusHours(deadlineHours));
        this.status = ClaimStatus.REPORTED;
        this.recordedBy = by;
        this.recordedAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
        for (DocumentType d : type.documents()) {
            documents.add(new ClaimDocument(this, d));
        }
        events.add(new ClaimEvent(this, "CLAIM_REPORTED", null, status, lateReport ? "CL-04" : null, by, now));
    }

    /** When the accident happened: the event date at the time given, or at its start when none was given. */
    public LocalDateTime accidentAt() {
        return LocalDateTime.of(eventDate, eventTime == null ? LocalTime.MIDNIGHT : eventTime);
    }

    /** CL-01: the result of a cover check (on entry, and again whenever the month's premium changes). */
    public boolean applyCover(CoverCheck check, LocalDateTime now) {
        boolean changed = check.reason() != coverReason || !java.util.Objects.equals(check.invoiceId(),
                premiumInvoiceId);
        this.coverReason = check.reason();
        this.covered = check.covered();
        this.atRisk = check.atRisk();
        this.premiumInvoiceId = check.invoiceId();
        this.premiumSource = check.source();
        this.payBy = check.payBy();
        this.coverCheckedAt = now;
        return changed;
    }

    /** CL-02: the expected benefit and its breakdown. */
    public void applyBenefit(ExpectedBenefit benefit) {
        this.expectedBenefit = benefit.total();
        this.benefitBounded = benefit.bounded();
        this.membershipMonths = benefit.membershipMonths();
        this.breakdown.clear();
        this.breakdown.addAll(benefit.items());
    }

    /** STMB: months of inability to work grow while the worker recovers (K-03); the benefit is computed again. */
    public void inabilityMonths(int months, Parameters parameters, String by, LocalDateTime now) {
        requireType(type == ClaimType.JKK_STMB, "claim.inabilityMonths.notStmb");
        requireNotDecided();
        if (months < 1) {
            throw new BusinessException("claim.inabilityMonths.invalid");
        }
        int before = inabilityMonths == null ? 1 : inabilityMonths;
        this.inabilityMonths = months;
        applyBenefit(ExpectedBenefit.of(type, coverageStart, eventDate, reportedIncome, months, parameters));
        history("CLAIM_INABILITY_UPDATED", status, before + " -> " + months, by, now);
    }

    /** CL-04 stage II: the doctor's verdict and when it was reported. */
    public void stageTwo(LocalDateTime verdict, LocalDateTime reported, int deadlineHours, String by,
                         LocalDateTime now) {
        requireType(type.isWorkAccident(), "claim.stageTwo.notJkk");
        if (verdict == null || reported == null) {
            throw new BusinessException("claim.stageTwo.required");
        }
        if (verdict.isBefore(accidentAt()) || reported.isBefore(verdict)) {
            throw new BusinessException("claim.stageTwo.order");
        }
        if (reported.isAfter(now.plusMinutes(5))) {
            throw new BusinessException("claim.reportedAt.future");
        }
        this.verdictAt = verdict;
        this.stageTwoReportedAt = reported;
        this.lateStageTwo = reported.isAfter(verdict.plusHours(deadlineHours));
        history("CLAIM_STAGE_TWO", status, lateStageTwo ? "CL-04" : null, by, now);
    }

    // ---------------------------------------------------------------- documents

    /** Section 7: whether an item of the checklist is needed for this claim. */
    public boolean isRequired(DocumentType d) {
        return switch (d) {
            case MARRIAGE_BOOK -> heirs.stream().anyMatch(h -> h.relation() == HeirRelation.SPOUSE);
            case POLICE_REPORT -> roadAccident;
            default -> true;
        };
    }

    public List<DocumentType> missingDocuments() {
        return documents.stream().filter(d -> !d.checked() && isRequired(d.type())).map(ClaimDocument::type)
                .toList();
    }

    public ClaimDocument document(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst()
                .orElseThrow(() -> BusinessException.notFound("claim.document.notInChecklist", type.name()));
    }

    public void checkDocument(DocumentType type, boolean checked, String by, LocalDateTime now) {
        requireNotDecided();
        ClaimDocument d = document(type);
        if (d.checked() != checked) {
            d.check(checked, by, now);
            history(checked ? "DOCUMENT_CHECKED" : "DOCUMENT_UNCHECKED", status, type.name(), by, now);
        }
    }

    public void attachFile(DocumentType type, long fileId, ScannedFile file, String by, LocalDateTime now) {
        requireNotDecided();
        document(type).attach(fileId, file.fileName(), file.contentType(), file.content().length, file.sha256(), by,
                now);
        history("DOCUMENT_FILE_ATTACHED", status, type.name() + " " + file.fileName() + " sha256:" + file.sha256(),
                by, now);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Documents are missing: the claim waits for them (the note says which). */
    public void markIncomplete(String note, String by, LocalDateTime now) {
        move(ClaimStatus.DOCUMENTS_INCOMPLETE, "CLAIM_DOCUMENTS_INCOMPLETE", note, by, now);
    }

    /** Sent to BPJS with its tracking number; every required document must be ticked. */
    public void submit(String tracking, String by, LocalDateTime now) {
        String t = trim(tracking, 60);
        if (t == null) {
            throw new BusinessException("claim.tracking.required");
        }
        List<DocumentType> missing = missingDocuments();
        if (!missing.isEmpty()) {
            throw BusinessException.conflict("claim.submit.missingDocuments",
                    String.join(", ", missing.stream().map(Enum::name).toList()));
        }
        move(ClaimStatus.SUBMITTED, "CLAIM_SUBMITTED", t, by, now);
        this.trackingNumber = t;
        this.submittedAt = now;
    }

    /** BPJS approved an amount; a difference from a bounded expected benefit is flagged (CL-02). */
    public void approve(long amount, String by, LocalDateTime now) {
        if (amount < 0) {
            throw new BusinessException("claim.amount.invalid");
        }
        move(ClaimStatus.APPROVED, "CLAIM_APPROVED", String.valueOf(amount), by, now);
        this.decidedAmount = amount;
        this.decidedAt = now;
        this.amountDiffers = benefitBounded && amount != expectedBenefit;
    }

    public void reject(String reason, String by, LocalDateTime now) {
        String r = trim(reason, 500);
        if (r == null) {
            throw new BusinessException("claim.reason.required");
        }
        move(ClaimStatus.REJECTED, "CLAIM_REJECTED", r, by, now);
        this.rejectionReason = r;
        this.decidedAt = now;
    }

    /** BPJS paid the family on a date (not before the approval, not in the future). */
    public void paid(LocalDate date, String by, LocalDateTime now) {
        if (date == null) {
            throw new BusinessException("claim.paidOn.required");
        }
        if (date.isAfter(now.toLocalDate()) || decidedAt != null && date.isBefore(decidedAt.toLocalDate())) {
            throw new BusinessException("claim.paidOn.invalid");
        }
        move(ClaimStatus.PAID, "CLAIM_PAID", date.toString(), by, now);
        this.paidOn = date;
    }

    private void move(ClaimStatus target, String action, String note, String by, LocalDateTime now) {
        if (!status.mayMoveTo(target)) {
            throw BusinessException.conflict("claim.status.transition", status.name(), target.name());
        }
        ClaimStatus from = status;
        status = target;
        events.add(new ClaimEvent(this, action, from, target, note, by, now));
        touch(by, now);
    }

    private void history(String action, ClaimStatus same, String note, String by, LocalDateTime now) {
        events.add(new ClaimEvent(this, action, same, same, note, by, now));
        touch(by, now);
    }

    private void touch(String by, LocalDateTime now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private void requireNotDecided() {
        if (status == ClaimStatus.APPROVED || status == ClaimStatus.PAID || status == ClaimStatus.REJECTED) {
            throw BusinessException.conflict("claim.decided", status.name());
        }
    }

    private static void requireType(boolean ok, String key) {
        if (!ok) {
            throw new BusinessException(key);
        }
    }

    // ---------------------------------------------------------------- heirs (CL-03)

    public Heir addHeir(String fullName, String nik, HeirRelation relation, LocalDate birthDate, boolean married,
                        boolean working, String by, LocalDateTime now) {
        requireType(type.hasHeirs(), "claim.heir.notForType");
        if (status == ClaimStatus.REJECTED) {
            throw BusinessException.conflict("claim.decided", status.name());
        }
        String name = trim(fullName, 100);
        if (name == null) {
            throw new BusinessException("claim.heir.name.required");
        }
        if (relation == null) {
            throw new BusinessException("claim.heir.relation.required");
        }
        if (relation == HeirRelation.CHILD && birthDate == null) {
            throw new BusinessException("claim.heir.birthDate.required");
        }
        if (birthDate != null && birthDate.isAfter(now.toLocalDate())) {
            throw new BusinessException("claim.heir.birthDate.future");
        }
        if (nik.equals(this.nik)) {
            throw new BusinessException("claim.heir.isParticipant");
        }
        if (heirs.stream().anyMatch(h -> h.nik().equals(nik))) {
            throw BusinessException.conflict("claim.heir.duplicate", nik);
        }
        Heir heir = new Heir(this, name, nik, relation, birthDate, married, working, by, now);
        heirs.add(heir);
        entitle();
        history("HEIR_ADDED", status, relation.name() + " " + name, by, now);
        return heir;
    }

    public void removeHeir(long heirId, String by, LocalDateTime now) {
        Heir heir = heir(heirId);
        if (scholarships.stream().anyMatch(s -> s.heirId() == heirId)) {
            throw BusinessException.conflict("claim.heir.hasScholarship");
        }
        heirs.remove(heir);
        entitle();
        history("HEIR_REMOVED", status, heir.relation().name() + " " + heir.fullName(), by, now);
    }

    /** S-01: a child married or started working; their scholarships end. */
    public void heirSituation(long heirId, boolean married, boolean working, String by, LocalDateTime now) {
        Heir heir = heir(heirId);
        heir.situation(married, working);
        history("HEIR_UPDATED", status, heir.fullName() + (married ? " menikah" : "") + (working ? " bekerja" : ""),
                by, now);
    }

    /** CL-03: the heirs of the first group present are entitled. */
    private void entitle() {
        int first = heirs.stream().mapToInt(h -> h.relation().group()).min().orElse(0);
        heirs.forEach(h -> h.entitled(h.relation().group() == first));
    }

    public Heir heir(long heirId) {
        return heirs.stream().filter(h -> h.id() != null && h.id() == heirId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("claim.heir.notFound", heirId));
    }

    // ---------------------------------------------------------------- scholarships (S-01, B-03, K-05)

    /**
     * S-01: a scholarship for a child for a school year at a level, at the yearly amount valid when the school year
     * starts (1 July). Refused: claim types without scholarships; a JKM death with membership under the minimum
     * (B-03, while JKK deaths and disability need none, K-05); a heir who is not a child; a child over the age limit
     * on that day, married or working; a third child; a second scholarship for the same child and year; more years
     * at a level than the level allows; and anything that would take the claim's scholarships over the cap.
     */
    public Scholarship addScholarship(long heirId, int schoolYear, SchoolLevel level, Parameters parameters,
                                      String by, LocalDateTime now) {
        if (!type.allowsScholarships()) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.notForType");
        }
        if (status == ClaimStatus.REJECTED) {
            throw BusinessException.conflict("claim.decided", status.name());
        }
        if (level == null) {
            throw new BusinessException("claim.scholarship.level.required");
        }
        if (schoolYear < eventDate.getYear() - 1 || schoolYear > now.getYear() + 1) {
            throw new BusinessException("claim.scholarship.year.invalid", schoolYear);
        }
        if (type == ClaimType.JKM_DEATH) {
            int min = parameters.intOn(ParameterCode.JKM_SCHOLARSHIP_MIN_MEMBERSHIP_MONTHS, eventDate);
            if (!Membership.atLeast(coverageStart, eventDate, min)) {
                throw new BusinessException(Kind.INVALID, "B-03", "claim.scholarship.membership", min,
                        Membership.months(coverageStart, eventDate));
            }
        }
        Heir child = heir(heirId);
        if (child.relation() != HeirRelation.CHILD) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.notChild");
        }
        LocalDate start = LocalDate.of(schoolYear, 7, 1);
        int maxAge = parameters.intOn(ParameterCode.SCHOLARSHIP_MAX_AGE, start);
        int age = child.ageOn(start);
        if (age >= maxAge) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.age", child.fullName(), age, maxAge);
        }
        if (child.married()) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.married", child.fullName());
        }
        if (child.working()) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.working", child.fullName());
        }
        int maxChildren = parameters.intOn(ParameterCode.SCHOLARSHIP_MAX_CHILDREN, start);
        long children = scholarships.stream().map(Scholarship::heirId).filter(h -> h != heirId).distinct().count();
        if (children >= maxChildren) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.maxChildren", maxChildren);
        }
        if (scholarships.stream().anyMatch(s -> s.heirId() == heirId && s.schoolYear() == schoolYear)) {
            throw BusinessException.conflict("claim.scholarship.duplicate", child.fullName(), schoolYear + "/"
                    + (schoolYear + 1));
        }
        int maxYears = parameters.intOn(level.maxYears(), start);
        long yearsAtLevel = scholarships.stream().filter(s -> s.heirId() == heirId && s.level() == level).count();
        if (yearsAtLevel >= maxYears) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.levelYears", level.name(), maxYears);
        }
        long amount = parameters.amountOn(level.yearlyAmount(), start).amount();
        long cap = parameters.amountOn(ParameterCode.SCHOLARSHIP_MAX_TOTAL, start).amount();
        long sum = scholarshipTotal();
        if (sum + amount > cap) {
            throw new BusinessException(Kind.INVALID, "S-01", "claim.scholarship.cap", amount, cap - sum, cap);
        }
        Scholarship s = new Scholarship(this, heirId, schoolYear, level, amount, by, now);
        scholarships.add(s);
        history("SCHOLARSHIP_ADDED", status, child.fullName() + " " + s.schoolYearLabel() + " " + level.name() + " "
                + amount, by, now);
        return s;
    }

    public long scholarshipTotal() {
        return scholarships.stream().mapToLong(Scholarship::amount).sum();
    }

    // ---------------------------------------------------------------- accessors

    public Long id() {
        return id;
    }

    public long participantId() {
        return participantId;
    }

    public String opdCode() {
        return opdCode;
    }

    public String sectorCode() {
        return sectorCode;
    }

    public String kecamatanCode() {
        return kecamatanCode;
    }

    public String nik() {
        return nik;
    }

    public String kpj() {
        return kpj;
    }

    public String fullName() {
        return fullName;
    }

    public ClaimType type() {
        return type;
    }

    public LocalDate eventDate() {
        return eventDate;
    }

    public LocalTime eventTime() {
        return eventTime;
    }

    public LocalDateTime reportedAt() {
        return reportedAt;
    }

    public boolean roadAccident() {
        return roadAccident;
    }

    public Integer inabilityMonths() {
        return inabilityMonths;
    }

    public String description() {
        return description;
    }

    public LocalDate coverageStart() {
        return coverageStart;
    }

    public long reportedIncome() {
        return reportedIncome;
    }

    public CoverReason coverReason() {
        return coverReason;
    }

    public boolean covered() {
        return covered;
    }

    public boolean atRisk() {
        return atRisk;
    }

    public Long premiumInvoiceId() {
        return premiumInvoiceId;
    }

    public String premiumSource() {
        return premiumSource;
    }

    public LocalDate payBy() {
        return payBy;
    }

    public LocalDateTime coverCheckedAt() {
        return coverCheckedAt;
    }

    public int membershipMonths() {
        return membershipMonths;
    }

    public long expectedBenefit() {
        return expectedBenefit;
    }

    public boolean benefitBounded() {
        return benefitBounded;
    }

    public List<BenefitItem> breakdown() {
        return Collections.unmodifiableList(breakdown);
    }

    public boolean lateReport() {
        return lateReport;
    }

    public LocalDateTime verdictAt() {
        return verdictAt;
    }

    public LocalDateTime stageTwoReportedAt() {
        return stageTwoReportedAt;
    }

    public boolean lateStageTwo() {
        return lateStageTwo;
    }

    public ClaimStatus status() {
        return status;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public Long decidedAmount() {
        return decidedAmount;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public boolean amountDiffers() {
        return amountDiffers;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public List<ClaimDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public List<Heir> heirs() {
        return Collections.unmodifiableList(heirs);
    }

    public List<Scholarship> scholarships() {
        return Collections.unmodifiableList(scholarships);
    }

    public List<ClaimEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public Optional<Heir> findHeir(long heirId) {
        return heirs.stream().filter(h -> h.id() != null && h.id() == heirId).findFirst();
    }

    private static String trim(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
