package id.rentan.participants.domain;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.money.Rupiah;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A worker in the programme, from the OPD's proposal to the end of cover. Guards the lifecycle of section 4: each
 * intent-named method checks that the transition is allowed, changes the status and returns the
 * {@link StatusChange} that records who, when and why. While the status holds an enrolment, {@code activeNik}
 * carries the NIK under a unique key, so the database itself refuses a second enrolment of the same NIK (V-06),
 * even when two OPDs enter it at the same moment.
 */
@Entity
@Table(name = "participant", schema = "participants")
public class Participant implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** V-10: a KPJ (BPJS membership number) is 10 to 15 digits. */
    private static final Pattern KPJ = Pattern.compile("\\d{10,15}");

    private static final Map<ParticipantStatus, Set<ParticipantStatus>> ALLOWED = Map.of(
            ParticipantStatus.CANDIDATE, EnumSet.of(ParticipantStatus.VERIFIED, ParticipantStatus.REJECTED),
            ParticipantStatus.VERIFIED, EnumSet.of(ParticipantStatus.SUBMITTED, ParticipantStatus.REJECTED,
                    ParticipantStatus.TERMINATED),
            ParticipantStatus.SUBMITTED, EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.REJECTED,
                    ParticipantStatus.TERMINATED, ParticipantStatus.DECEASED),
            ParticipantStatus.ACTIVE, EnumSet.of(ParticipantStatus.GRACE, ParticipantStatus.TERMINATED,
                    ParticipantStatus.DECEASED),
            ParticipantStatus.GRACE, EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.LAPSED,
                    ParticipantStatus.TERMINATED, ParticipantStatus.DECEASED),
            ParticipantStatus.LAPSED, EnumSet.of(ParticipantStatus.TERMINATED, ParticipantStatus.DECEASED),
            ParticipantStatus.REJECTED, EnumSet.noneOf(ParticipantStatus.class),
            ParticipantStatus.TERMINATED, EnumSet.noneOf(ParticipantStatus.class),
            ParticipantStatus.DECEASED, EnumSet.noneOf(ParticipantStatus.class));

    @Id
    @SequenceGenerator(name = "participant_seq", schema = "participants", sequenceName = "participant_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Column(name = "nik", nullable = false, length = 16)
    private String nik;

    /** The NIK while the status holds an enrolment, else {@code null}; unique in the database (V-06). */
    @Column(name = "active_nik", length = 16)
    private String activeNik;

    @Column(name = "kk_number", length = 16)
    private String kkNumber;

    @Column(name = "full_name", nullable = false, length = 100)
    private String fullName;

    @Column(name = "birth_place", nullable = false, length = 60)
    private String birthPlace;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 1)
    private Gender gender;

    @Column(name = "mother_name", nullable = false, length = 100)
    private String motherName;

    @Column(name = "address", nullable = false, length = 200)
    private String address;

    @Column(name = "rt", nullable = false, length = 3)
    private String rt;

    @Column(name = "rw", nullable = false, length = 3)
    private String rw;

    @Column(name = "kelurahan_code", nullable = false, length = 13)
    private String kelurahanCode;

    @Column(name = "kecamatan_code", nullable = false, length = 8)
    private String kecamatanCode;

    @Column(name = "phone", length = 15)
    private String phone;

    @Column(name = "sector_code", nullable = false, length = 30)
    private String sectorCode;

    @Column(name = "opd_code", nullable = false, updatable = false, length = 30)
    private String opdCode;

    @Column(name = "reported_income", nullable = false)
    private long reportedIncome;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ParticipantStatus status;

    /** Warnings for the verifier (V-02, V-04, V-05), as JSON. */
    @Column(name = "warnings", length = 2000)
    private String warnings;

    @Column(name = "kpj", length = 15)
    private String kpj;

    @Column(name = "coverage_start")
    private LocalDate coverageStart;

    @Column(name = "proposed_on", nullable = false, updatable = false)
    private LocalDate proposedOn;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "status_reason", length = 300)
    private String statusReason;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "import_id", updatable = false)
    private Long importId;

    @Column(name = "import_line", updatable = false)
    private Integer importLine;

    @Column(name = "submission_id")
    private Long submissionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Participant() {
        // for JPA
    }

    /**
     * A new candidate proposed by an OPD.
     *
     * @param warningsJson the warnings of {@link ParticipantData#warnings()} as JSON, or {@code null}
     */
    public static Participant propose(ParticipantData data, String warningsJson, String opdCode, String by,
                                      LocalDateTime now, Long replacesId) {
        Participant p = new Participant();
        p.nik = data.nik().value();
        p.opdCode = Objects.requireNonNull(opdCode, "opdCode");
        p.status = ParticipantStatus.CANDIDATE;
        p.activeNik = p.nik;
        p.proposedOn = now.toLocalDate();
        p.createdAt = now;
        p.createdBy = by;
        p.replacesId = replacesId;
        p.apply(data, warningsJson, by, now);
        return p;
    }

    /** The OPD corrects a candidate's data (only while it is a candidate). */
    public void correct(ParticipantData data, String warningsJson, String by, LocalDateTime now) {
        if (status != ParticipantStatus.CANDIDATE) {
            throw BusinessException.conflict("participant.edit.notCandidate", status.name());
        }
        if (!data.nik().value().equals(nik)) {
            nik = data.nik().value();
            activeNik = nik;
        }
        apply(data, warningsJson, by, now);
    }

    private void apply(ParticipantData data, String warningsJson, String by, LocalDateTime now) {
        kkNumber = data.kkNumber();
        fullName = data.fullName();
        birthPlace = data.birthPlace();
        birthDate = data.birthDate();
        gender = data.gender();
        motherName = data.motherName();
        address = data.address();
        rt = data.rt();
        rw = data.rw();
        kelurahanCode = data.kelurahanCode();
        kecamatanCode = data.kecamatanCode();
        phone = data.phone();
        sectorCode = data.sectorCode();
        reportedIncome = data.income().amount();
        warnings = warningsJson;
        touch(by, now);
    }

    /** The verification team accepts the candidate. */
    public StatusChange verify(String by, LocalDateTime now) {
        return move(ParticipantStatus.VERIFIED, null, now.toLocalDate(), by, now);
    }

    /** The verification team (or BPJS) refuses, with a reason. */
    public StatusChange reject(String reason, String by, LocalDateTime now) {
        String why = requireReason(reason);
        return move(ParticipantStatus.REJECTED, why, now.toLocalDate(), by, now);
    }

    /** Sent to BPJS in a submission batch. */
    public StatusChange submit(long batchId, String by, LocalDateTime now) {
        StatusChange change = move(ParticipantStatus.SUBMITTED, null, now.toLocalDate(), by, now);
        submissionId = batchId;
        return change;
    }

    /** BPJS registered the participant: KPJ number (V-10) and the date cover starts. */
    public StatusChange register(String kpjNumber, LocalDate start, String by, LocalDateTime now) {
        String k = kpjNumber == null ? "" : kpjNumber.strip();
        if (!KPJ.matcher(k).matches()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "V-10", "rule.V-10", k);
        }
        if (start == null) {
            throw new BusinessException("participant.coverageStart.required");
        }
        if (start.isBefore(proposedOn)) {
            throw new BusinessException("participant.coverageStart.beforeProposal", start.toString(), proposedOn.toString());
        }
        StatusChange change = move(ParticipantStatus.ACTIVE, null, start, by, now);
        kpj = k;
        coverageStart = start;
        return change;
    }

    /** E-06: leaves the programme (moved, no longer eligible, end of funding...) on a date. */
    public StatusChange terminate(TerminationReason reason, String note, LocalDate date, String by, LocalDateTime now) {
        Objects.requireNonNull(reason, "reason");
        if (date == null) {
            throw new BusinessException("participant.endDate.required");
        }
        if (coverageStart != null && date.isBefore(coverageStart)) {
            throw new BusinessException("participant.endDate.beforeStart", date.toString(), coverageStart.toString());
        }
        String why = reason.name() + (note == null || note.isBlank() ? "" : ": " + note.strip());
        if (reason == TerminationReason.OTHER && (note == null || note.isBlank())) {
            throw new BusinessException("participant.reason.required");
        }
        StatusChange change = move(ParticipantStatus.TERMINATED, cut(why), date, by, now);
        endDate = date;
        return change;
    }

    /** Died on a date (set by the claims module through the api). */
    public StatusChange markDeceased(LocalDate dateOfDeath, String by, LocalDateTime now) {
        if (dateOfDeath == null) {
            throw new BusinessException("participant.endDate.required");
        }
        StatusChange change = move(ParticipantStatus.DECEASED, null, dateOfDeath, by, now);
        endDate = dateOfDeath;
        return change;
    }

    /** Premiums unpaid: in the grace period (funding). */
    public StatusChange enterGrace(String reason, String by, LocalDateTime now) {
        return move(ParticipantStatus.GRACE, reason, now.toLocalDate(), by, now);
    }

    /** Unpaid months paid again within the grace period (funding). */
    public StatusChange leaveGrace(String reason, String by, LocalDateTime now) {
        return move(ParticipantStatus.ACTIVE, reason, now.toLocalDate(), by, now);
    }

    /** Unpaid beyond the grace period (funding). */
    public StatusChange lapse(String reason, String by, LocalDateTime now) {
        StatusChange change = move(ParticipantStatus.LAPSED, reason, now.toLocalDate(), by, now);
        endDate = now.toLocalDate();
        return change;
    }

    /** E-06: this participant's place went to a replacement candidate. */
    public void replacedBy(long replacementId, String by, LocalDateTime now) {
        if (!status.isReplaceable()) {
            throw BusinessException.conflict("participant.replace.notEnded", status.name());
        }
        if (replacedById != null) {
            throw BusinessException.conflict("participant.replace.already", replacedById);
        }
        replacedById = replacementId;
        touch(by, now);
    }

    /** Whether a move to the status is allowed from the current one. */
    public boolean mayMoveTo(ParticipantStatus target) {
        return ALLOWED.get(status).contains(target);
    }

    private StatusChange move(ParticipantStatus target, String reason, LocalDate effective, String by,
                              LocalDateTime now) {
        if (!mayMoveTo(target)) {
            throw BusinessException.conflict("participant.transition.refused", status.name(), target.name());
        }
        ParticipantStatus from = status;
        CoverSpan before = coverSpan();
        status = target;
        activeNik = target.holdsEnrolment() ? nik : null;
        statusReason = reason;
        touch(by, now);
        return new StatusChange(id, from, target, effective, reason, by, now).coverBefore(before);
    }

    private void touch(String by, LocalDateTime now) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("participant.reason.required");
        }
        return cut(reason.strip());
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    /** The participant as audit data (personal data an auditor may see; the NIK masked). */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("nik", Nik.mask(nik));
        s.put("fullName", fullName);
        s.put("birthDate", birthDate == null ? null : birthDate.toString());
        s.put("gender", gender == null ? null : gender.name());
        s.put("kelurahan", kelurahanCode);
        s.put("rt", rt);
        s.put("rw", rw);
        s.put("sector", sectorCode);
        s.put("opd", opdCode);
        s.put("income", reportedIncome);
        s.put("status", status.name());
        s.put("kpj", kpj);
        s.put("coverageStart", coverageStart == null ? null : coverageStart.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("reason", statusReason);
        return s;
    }

    public Long id() { return id; }
    public String nik() { return nik; }
    public String kkNumber() { return kkNumber; }
    public String fullName() { return fullName; }
    public String birthPlace() { return birthPlace; }
    public LocalDate birthDate() { return birthDate; }
    public Gender gender() { return gender; }
    public String motherName() { return motherName; }
    public String address() { return address; }
    public String rt() { return rt; }
    public String rw() { return rw; }
    public String kelurahanCode() { return kelurahanCode; }
    public String kecamatanCode() { return kecamatanCode; }
    public String phone() { return phone; }
    public String sectorCode() { return sectorCode; }
    public String opdCode() { return opdCode; }
    public Rupiah reportedIncome() { return Rupiah.of(reportedIncome); }
    public ParticipantStatus status() { return status; }
    public String warningsJson() { return warnings; }
    public String kpj() { return kpj; }
    public LocalDate coverageStart() { return coverageStart; }

    /** The months this participant counts as covered in the coverage figures, or {@code null} (see {@link CoverSpan}). */
    public CoverSpan coverSpan() { return CoverSpan.of(coverageStart, endDate); }
    public LocalDate proposedOn() { return proposedOn; }
    public LocalDate endDate() { return endDate; }
    public String statusReason() { return statusReason; }
    public Long replacesId() { return replacesId; }
    public Long replacedById() { return replacedById; }
    public Long importId() { return importId; }
    public Integer importLine() { return importLine; }
    public Long submissionId() { return submissionId; }
    public LocalDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
