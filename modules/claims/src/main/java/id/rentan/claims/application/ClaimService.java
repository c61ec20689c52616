package id.rentan.claims.application;

import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimFile;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimRepository;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverCheck;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.ExpectedBenefit;
import id.rentan.claims.domain.Heir;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.ScannedFile;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.claims.domain.Scholarship;
import id.rentan.funding.api.PremiumRecords;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims (sections 6 and 7): recording with the cover check and expected benefit, the checklist and its files,
 * heirs and scholarships, the lifecycle up to BPJS's decision and payment. A death claim makes the participant
 * DECEASED through the participants module's api, in the same transaction, which stops billing and credits months
 * already paid (funding). Every change is audited; OPD operators work on their own OPD's participants only.
 */
@ApplicationScoped
public class ClaimService {

    /** Who records claims and works on them. */
    static final Role[] RECORDERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER};

    /** Who may read claims, their documents and files. */
    static final Role[] READERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR};

    /** Who decides (BPJS's approval, rejection, payment). */
    static final Role[] DECIDERS = {Role.ADMIN, Role.BPJS_OFFICER};

    @Inject
    ClaimRepository claims;

    @Inject
    ParticipantDirectory participants;

    @Inject
    PremiumRecords premiums;

    @Inject
    Parameters parameters;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "claims.file.max-bytes", defaultValue = "5242880")
    long maxFileBytes;

    /** The largest scan accepted, in bytes ({@code claims.file.max-bytes}, default 5 MB). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    // ------------------------------------------------------------------ entry

    /** The participant a claim is for, found by id, NIK or KPJ within the caller's scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ParticipantSummary findParticipant(Long id, String nik, String kpj) {
        callers.require(RECORDERS);
        Optional<ParticipantSummary> p;
        if (id != null) {
            p = participants.byId(id);
        } else if (nik != null && !nik.isBlank()) {
            p = participants.byNik(nik);
        } else if (kpj != null && !kpj.isBlank()) {
            p = participants.byKpj(kpj);
        } else {
            throw new BusinessException("claim.participant.required");
        }
        return p.orElseThrow(() -> BusinessException.notFound("claim.participant.notFound",
                id != null ? String.valueOf(id) : nik != null && !nik.isBlank() ? Nik.mask(nik) : kpj));
    }

    /** CL-01, CL-02, CL-04 before saving: what the claim would show. Saves nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimPreview preview(ClaimRequest request) {
        callers.require(RECORDERS);
        ParticipantSummary p = findParticipant(request.participantId(), request.nik(), request.kpj());
        Claim draft = newClaim(p, request, clock.now());
        return new ClaimPreview(p, cover(p, draft.eventDate()), benefit(draft),
                draft.lateReport(), draft.type().isDeath() && claims.hasDeathClaim(p.id()));
    }

    /** Records a claim (REPORTED) with its cover check and expected benefit; a death makes the participant DECEASED. */
    @Transactional
    public Claim record(ClaimRequest request) {
        callers.require(RECORDERS);
        LocalDateTime now = clock.now();
        ParticipantSummary p = findParticipant(request.participantId(), request.nik(), request.kpj());
        Claim claim = newClaim(p, request, now);
        if (claim.type().isDeath() && claims.hasDeathClaim(p.id())) {
            throw BusinessException.conflict("claim.death.duplicate", p.fullName());
        }
        claim.applyCover(cover(p, claim.eventDate()), now);
        claim.applyBenefit(benefit(claim));
        try {
            claims.save(claim);
        } catch (PersistenceException e) {
            if (!claim.type().isDeath()) {
                throw e;
            }
            // uq_claim_death: another death claim for the participant was saved at the same moment
            throw BusinessException.conflict("claim.death.duplicate", p.fullName());
        }
        if (claim.type().isDeath() && mayDie(p.status())) {
            participants.markDeceased(p.id(), claim.eventDate());
        }
        audit.record("CLAIM_RECORDED", "Claim", String.valueOf(claim.id()), null, snapshot(claim));
        return claim;
    }

    private static boolean mayDie(ParticipantStatus s) {
        return s == ParticipantStatus.ACTIVE || s == ParticipantStatus.GRACE || s == ParticipantStatus.LAPSED
                || s == ParticipantStatus.SUBMITTED;
    }

    private Claim newClaim(ParticipantSummary p, ClaimRequest r, LocalDateTime now) {
        LocalDate day = r.eventDate() == null ? now.toLocalDate() : r.eventDate();
        int hours = parameters.intOn(ParameterCode.JKK_REPORT_DEADLINE_HOURS, day);
        return new Claim(p, r.type(), r.eventDate(), r.eventTime(), r.reportedAt(), r.roadAccident(),
                r.inabilityMonths(), r.description(), hours, callers.caller().username(), now);
    }

    private CoverCheck cover(ParticipantSummary p, LocalDate event) {
        LocalDate today = clock.today();
        return CoverCheck.evaluate(p, event, premiums.premium(p.id(), YearMonth.from(event)), today,
                parameters.intOn(ParameterCode.PREMIUM_DUE_DAYS, today),
                parameters.intOn(ParameterCode.GRACE_PERIOD_MONTHS, today));
    }

    private ExpectedBenefit benefit(Claim c) {
        return ExpectedBenefit.of(c.type(), c.coverageStart(), c.eventDate(), c.reportedIncome(),
                c.inabilityMonths() == null ? 1 : c.inabilityMonths(), parameters);
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public Claim view(long id) {
        callers.require(READERS);
        Claim c = claims.find(id).orElseThrow(() -> BusinessException.notFound("claim.notFound", id));
        if (!callers.scope().allows(c.opdCode())) {
            throw BusinessException.notFound("claim.notFound", id);
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Claim> list(ClaimFilter filter, PageRequest page) {
        callers.require(READERS);
        return claims.page(filter == null ? ClaimFilter.none() : filter, callers.scope(), page);
    }

    /** Streams the matching claims to a CSV/XLSX writer and audits the export; returns the row count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int export(ClaimFilter filter, TableWriter out) {
        Caller caller = callers.require(READERS);
        ClaimFilter f = filter == null ? ClaimFilter.none() : filter;
        int[] count = {0};
        out.header(List.of("id", "nik", "kpj", "nama", "opd", "sektor", "jenis", "tanggal_kejadian", "dilaporkan",
                "terlambat_lapor", "status", "ditanggung", "berisiko", "alasan_tanggungan", "tagihan_iuran",
                "masa_kepesertaan_bulan", "manfaat_diharapkan", "no_pelacakan", "jumlah_diputuskan", "selisih",
                "tanggal_bayar", "alasan_penolakan"));
        claims.forEach(f, callers.scope(), c -> {
            out.row(c.id(), c.nik(), c.kpj(), c.fullName(), c.opdCode(), c.sectorCode(), c.type().name(),
                    c.eventDate(), c.reportedAt(), c.lateReport() ? "CL-04" : "", c.status().name(), c.covered(),
                    c.atRisk(), c.coverReason().name(), c.premiumInvoiceId(), c.membershipMonths(),
                    c.benefitBounded() ? c.expectedBenefit() : null, c.trackingNumber(), c.decidedAmount(),
                    c.amountDiffers() ? "CL-02" : "", c.paidOn(), c.rejectionReason());
            count[0]++;
        });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "CLAIMS_EXPORTED", "Claim", null, null,
                Map.of("rows", count[0], "filter", String.valueOf(f), "scope", String.valueOf(callers.scope())));
        return count[0];
    }

    /**
     * The claims at risk (CL-01): their month is not paid yet; each is checked again first, so a month paid since
     * drops off (for auditors: as last checked). For FINANCE and ADMIN (and auditors), linking to the invoice to pay.
     */
    @Transactional
    public Page<Claim> atRisk(PageRequest page) {
        Caller caller = callers.require(Role.ADMIN, Role.FINANCE, Role.AUDITOR);
        if (caller.hasAnyRole(Role.ADMIN, Role.FINANCE)) {
            // auditors read what was last checked; they change nothing, not even a check
            LocalDateTime now = clock.now();
            for (Claim c : claims.atRisk()) {
                recheck(c, now);
            }
        }
        return claims.page(ClaimFilter.atRiskOnly(), callers.scope(), page);
    }

    /** How many claims are at risk, as last checked (for the home page: reads only, checks nothing again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAtRisk() {
        callers.require(Role.ADMIN, Role.FINANCE, Role.AUDITOR);
        return claims.page(ClaimFilter.atRiskOnly(), callers.scope(), PageRequest.of(0, 1)).total();
    }

    /** Checks a claim's cover again (the month may have been invoiced or paid since). */
    @Transactional
    public Claim recheck(long id) {
        callers.require(RECORDERS);
        Claim c = lock(id);
        recheck(c, clock.now());
        return c;
    }

    /** Claims of a month whose invoice was paid or reopened are checked again (CL-01). */
    @Transactional
    public int recheckMonth(YearMonth month) {
        LocalDateTime now = clock.now();
        int changed = 0;
        for (Claim c : claims.toRecheck(month)) {
            if (recheck(c, now)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean recheck(Claim c, LocalDateTime now) {
        Optional<ParticipantSummary> p = participants.byId(c.participantId());
        if (p.isEmpty()) {
            return false;
        }
        boolean was = c.covered();
        boolean wasAtRisk = c.atRisk();
        String before = c.coverReason().name();
        boolean changed = c.applyCover(cover(p.get(), c.eventDate()), now);
        if (changed) {
            audit.record("CLAIM_COVER_RECHECKED", "Claim", String.valueOf(c.id()),
                    Map.of("coverReason", before, "covered", was, "atRisk", wasAtRisk),
                    Map.of("coverReason", c.coverReason().name(), "covered", c.covered(), "atRisk", c.atRisk()));
        }
        return changed;
    }

    // ------------------------------------------------------------------ documents

    @Transactional
    public Claim checkDocument(long id, DocumentType type, boolean checked) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        c.checkDocument(type, checked, caller.username(), clock.now());
        audit.record(checked ? "CLAIM_DOCUMENT_CHECKED" : "CLAIM_DOCUMENT_UNCHECKED", "Claim",
                String.valueOf(id), null, Map.of("document", type.name()));
        return c;
    }

    /** A scan for a checklist item: type checked by content, size limited, stored with its SHA-256. */
    @Transactional
    public Claim attachFile(long id, DocumentType type, String fileName, byte[] content) {
        Caller caller = callers.require(RECORDERS);
        ScannedFile scan = ScannedFile.of(fileName, content, maxFileBytes);
        Claim c = lock(id);
        c.document(type);
        LocalDateTime now = clock.now();
        ClaimFile file = claims.saveFile(new ClaimFile(c.id(), scan, caller.username(), now));
        c.attachFile(type, file.id(), scan, caller.username(), now);
        audit.record("CLAIM_FILE_ATTACHED", "Claim", String.valueOf(id), null, Map.of("document", type.name(),
                "file", scan.fileName(), "size", content.length, "sha256", scan.sha256()));
        return c;
    }

    /** The scan of a checklist item, for the roles that may read the claim; every download is audited. */
    @Transactional
    public StoredScan file(long id, DocumentType type) {
        Caller caller = callers.require(READERS);
        Claim c = view(id);
        var d = c.document(type);
        if (!d.hasFile()) {
            throw BusinessException.notFound("claim.file.none", type.name());
        }
        ClaimFile f = claims.file(d.fileId()).orElseThrow(() -> BusinessException.notFound("claim.file.none",
                type.name()));
        audit.recordAs(caller.username(), "CLAIM_FILE_DOWNLOADED", "Claim", String.valueOf(id), null,
                Map.of("document", type.name(), "file", d.fileName()));
        return new StoredScan(d.fileName(), f.contentType(), f.sha256(), f.content());
    }

    /** A stored scan as served. */
    public record StoredScan(String fileName, String contentType, String sha256, byte[] content) {
    }

    // ------------------------------------------------------------------ lifecycle

    @Transactional
    public Claim markIncomplete(long id, String note) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        String before = c.status().name();
        String why = note == null || note.isBlank() ? String.join(", ", c.missingDocuments().stream()
                .map(Enum::name).toList()) : note;
        c.markIncomplete(why, caller.username(), clock.now());
        audited("CLAIM_DOCUMENTS_INCOMPLETE", c, before);
        return c;
    }

    @Transactional
    public Claim submit(long id, String trackingNumber) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        String before = c.status().name();
        c.submit(trackingNumber, caller.username(), clock.now());
        audited("CLAIM_SUBMITTED", c, before);
        return c;
    }

    /** BPJS's decision: APPROVED with the amount, REJECTED with the reason, or PAID on a date. */
    @Transactional
    public Claim decide(long id, ClaimStatus decision, Long amount, String reason, LocalDate paidOn) {
        Caller caller = callers.require(DECIDERS);
        Claim c = lock(id);
        String before = c.status().name();
        LocalDateTime now = clock.now();
        if (decision == null) {
            throw new BusinessException("claim.decision.required");
        }
        switch (decision) {
            case APPROVED -> {
                if (amount == null) {
                    throw new BusinessException("claim.amount.required");
                }
                c.approve(amount, caller.username(), now);
            }
            case REJECTED -> c.reject(reason, caller.username(), now);
            case PAID -> c.paid(paidOn, caller.username(), now);
            default -> throw new BusinessException("claim.decision.invalid", decision.name());
        }
        audited("CLAIM_" + decision.name(), c, before);
        return c;
    }

    @Transactional
    public Claim stageTwo(long id, LocalDateTime verdictAt, LocalDateTime reportedAt) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        c.stageTwo(verdictAt, reportedAt, parameters.intOn(ParameterCode.JKK_REPORT_DEADLINE_HOURS,
                c.eventDate()), caller.username(), clock.now());
        audited("CLAIM_STAGE_TWO", c, c.status().name());
        return c;
    }

    @Transactional
    public Claim inabilityMonths(long id, int months) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        c.inabilityMonths(months, parameters, caller.username(), clock.now());
        audited("CLAIM_INABILITY_UPDATED", c, c.status().name());
        return c;
    }

    // ------------------------------------------------------------------ heirs and scholarships

    @Transactional
    public Heir addHeir(long id, String fullName, String nik, HeirRelation relation, LocalDate birthDate,
                        boolean married, boolean working) {
        Caller caller = callers.require(RECORDERS);
        Nik parsed = Nik.parse(nik);
        Claim c = lock(id);
        Heir h = c.addHeir(fullName, parsed.value(), relation, birthDate, married, working, caller.username(),
                clock.now());
        claims.save(c);
        audit.record("CLAIM_HEIR_ADDED", "Claim", String.valueOf(id), null, Map.of("heir", h.fullName(),
                "relation", relation.name(), "nik", parsed.masked()));
        return h;
    }

    @Transactional
    public Claim removeHeir(long id, long heirId) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        Heir h = c.heir(heirId);
        c.removeHeir(heirId, caller.username(), clock.now());
        audit.record("CLAIM_HEIR_REMOVED", "Claim", String.valueOf(id), Map.of("heir", h.fullName(),
                "relation", h.relation().name()), null);
        return c;
    }

    @Transactional
    public Claim heirSituation(long id, long heirId, boolean married, boolean working) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        Heir h = c.heir(heirId);
        Map<String, Object> before = Map.of("married", h.married(), "working", h.working());
        c.heirSituation(heirId, married, working, caller.username(), clock.now());
        audit.record("CLAIM_HEIR_UPDATED", "Claim", String.valueOf(id), before,
                Map.of("married", married, "working", working));
        return c;
    }

    /** S-01: a child's scholarship for a school year; the claim is locked so that the cap holds under concurrency. */
    @Transactional
    public Scholarship addScholarship(long id, long heirId, int schoolYear, SchoolLevel level) {
        Caller caller = callers.require(RECORDERS);
        Claim c = lock(id);
        Scholarship s = c.addScholarship(heirId, schoolYear, level, parameters, caller.username(), clock.now());
        claims.save(c);
        audit.record("CLAIM_SCHOLARSHIP_ADDED", "Claim", String.valueOf(id), null, Map.of("heirId", heirId,
                "schoolYear", schoolYear, "level", level.name(), "amount", s.amount(), "total",
                c.scholarshipTotal()));
        return s;
    }

    /**
     * S-01: the scholarships of the school year before, due for renewal in this one, with whether each child still
     * qualifies.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RenewalDue> renewals(int schoolYear) {
        callers.require(READERS);
        LocalDate start = LocalDate.of(schoolYear, 7, 1);
        int maxAge = parameters.intOn(ParameterCode.SCHOLARSHIP_MAX_AGE, start);
        long cap = parameters.amountOn(ParameterCode.SCHOLARSHIP_MAX_TOTAL, start).amount();
        List<RenewalDue> due = new ArrayList<>();
        for (Scholarship s : claims.scholarshipsOf(schoolYear - 1, callers.scope())) {
            Claim c = claims.find(s.claimId()).orElseThrow();
            Heir h = c.findHeir(s.heirId()).orElse(null);
            if (h == null) {
                continue;
            }
            Integer age = h.ageOn(start);
            String reason = age != null && age >= maxAge ? "claim.renewal.age" : h.married() ? "claim.renewal.married"
                    : h.working() ? "claim.renewal.working" : null;
            due.add(new RenewalDue(c.id(), c.fullName(), c.opdCode(), h.id(), h.fullName(), s.schoolYear(),
                    s.level(), s.amount(), age, reason == null, reason, cap - c.scholarshipTotal()));
        }
        return due;
    }

    // ------------------------------------------------------------------ helpers

    private Claim lock(long id) {
        Claim c = claims.lock(id).orElseThrow(() -> BusinessException.notFound("claim.notFound", id));
        if (!callers.scope().allows(c.opdCode())) {
            throw BusinessException.notFound("claim.notFound", id);
        }
        return c;
    }

    private void audited(String action, Claim c, String beforeStatus) {
        audit.record(action, "Claim", String.valueOf(c.id()), Map.of("status", beforeStatus), snapshot(c));
    }

    static Map<String, Object> snapshot(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("participantId", c.participantId());
        m.put("type", c.type().name());
        m.put("eventDate", String.valueOf(c.eventDate()));
        m.put("status", c.status().name());
        m.put("covered", c.covered());
        m.put("atRisk", c.atRisk());
        m.put("coverReason", c.coverReason() == null ? null : c.coverReason().name());
        m.put("expectedBenefit", c.expectedBenefit());
        m.put("lateReport", c.lateReport());
        if (c.trackingNumber() != null) {
            m.put("trackingNumber", c.trackingNumber());
        }
        if (c.decidedAmount() != null) {
            m.put("decidedAmount", c.decidedAmount());
            m.put("amountDiffers", c.amountDiffers());
        }
        if (c.paidOn() != null) {
            m.put("paidOn", c.paidOn().toString());
        }
        if (c.rejectionReason() != null) {
            m.put("rejectionReason", c.rejectionReason());
        }
        return m;
    }

    /** Whether the claim type is a death (for the screens). */
    public static boolean isDeath(ClaimType type) {
        return type != null && type.isDeath();
    }
}
