package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantEvents;
import id.rentan.participants.api.SubmissionGate;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.participants.domain.Submission;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Submission of verified participants to BPJS in batches. Each participant is checked once more on the planned
 * first day of cover (E-01: under 65 on the enrolment date) and passed to the {@link SubmissionGate}s (funding
 * commits the budget there and may refuse); the admitted become SUBMITTED in a new batch, the refused stay
 * VERIFIED with the reason. The batch's export gives BPJS the fields it needs.
 */
@ApplicationScoped
public class SubmissionService {

    /** The columns BPJS needs to register a BPU participant. */
    static final List<String> EXPORT_COLUMNS = List.of("nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir",
            "jenis_kelamin", "nama_ibu_kandung", "alamat", "rt", "rw", "kelurahan", "kecamatan", "kota", "no_hp",
            "jenis_pekerjaan", "penghasilan", "program", "mulai_kepesertaan");

    /**
     * The answer of a submission.
     *
     * @param submissionId the new batch, or {@code null} when nobody was admitted
     * @param plannedStart the planned month of cover
     * @param result       per participant: submitted or refused with the reason
     */
    public record SubmissionResult(Long submissionId, YearMonth plannedStart, BulkResult result) {
    }

    @Inject
    ParticipantRepository participants;

    @Inject
    Instance<SubmissionGate> gates;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Parameters parameters;

    @Inject
    RegionDirectory regions;

    @Inject
    Event<ParticipantEvents.Submitted> submitted;

    @Inject
    @ConfigProperty(name = "rentan.city.regency", defaultValue = "KOTA PROBOLINGGO")
    String regencyName;

    /**
     * Submits verified participants (all of them, or only the given ids) with cover planned from a month (default:
     * next month).
     */
    @Transactional
    public SubmissionResult submit(List<Long> participantIds, YearMonth plannedStart) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER);
        LocalDateTime now = clock.now();
        YearMonth start = plannedStart == null ? YearMonth.from(now).plusMonths(1) : plannedStart;
        if (start.isBefore(YearMonth.from(now))) {
            throw new BusinessException("submission.start.past", start.toString());
        }
        List<Long> ids = participants.verifiedIds(participantIds);
        List<BulkResult.Row> rows = new ArrayList<>();
        if (participantIds != null) {
            for (Long requested : participantIds) {
                if (!ids.contains(requested)) {
                    rows.add(BulkResult.Row.refused(requested, String.valueOf(requested),
                            "submission.notVerified", List.of(requested)));
                }
            }
        }
        if (ids.isEmpty()) {
            if (rows.isEmpty()) {
                throw new BusinessException("submission.nothingVerified");
            }
            return new SubmissionResult(null, start, new BulkResult(rows));
        }

        // E-01 on the planned first day of cover, then the gates (budget)
        List<Participant> candidates = new ArrayList<>();
        for (Long id : ids) {
            Participant p = participants.lock(id);
            int age = Period.between(p.birthDate(), start.atDay(1)).getYears();
            int max = parameters.intOn(ParameterCode.ENTRY_AGE_MAX_EXCLUSIVE, start.atDay(1));
            if (age >= max) {
                rows.add(BulkResult.Row.refused(id, String.valueOf(id), "rule.E-01",
                        List.of(age, max, start.atDay(1).toString())));
            } else {
                candidates.add(p);
            }
        }
        List<SubmissionGate.Decision> decisions = decide(candidates, start);

        Submission batch = participants.addSubmission(new Submission(start, caller.username(), now));
        List<Long> admitted = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Participant p = candidates.get(i);
            SubmissionGate.Decision d = decisions.get(i);
            if (d.admitted()) {
                Map<String, Object> before = Map.of("status", p.status().name());
                participants.addChange(p.submit(batch.id(), caller.username(), now));
                audit.record("PARTICIPANT_SUBMITTED", "Participant", String.valueOf(p.id()), before, p.snapshot());
                admitted.add(p.id());
                rows.add(BulkResult.Row.done(p.id(), String.valueOf(p.id())));
            } else {
                rows.add(BulkResult.Row.refused(p.id(), String.valueOf(p.id()), d.reasonKey(), d.args()));
            }
        }
        batch.counted(admitted.size(), rows.size() - admitted.size());
        audit.record("SUBMISSION_CREATED", "Submission", String.valueOf(batch.id()), null,
                Map.of("plannedStart", start.toString(), "submitted", admitted.size(),
                        "refused", rows.size() - admitted.size()));
        if (!admitted.isEmpty()) {
            submitted.fire(new ParticipantEvents.Submitted(batch.id(), List.copyOf(admitted), start));
        }
        return new SubmissionResult(admitted.isEmpty() ? null : batch.id(), start, new BulkResult(rows));
    }

    private List<SubmissionGate.Decision> decide(List<Participant> candidates, YearMonth start) {
        List<SubmissionGate.Decision> decisions = new ArrayList<>();
        for (Participant p : candidates) {
            decisions.add(SubmissionGate.Decision.admit(p.id()));
        }
        for (SubmissionGate gate : gates) {
            List<Integer> stillIn = new ArrayList<>();
            List<SubmissionGate.Candidate> asked = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (decisions.get(i).admitted()) {
                    Participant p = candidates.get(i);
                    stillIn.add(i);
                    asked.add(new SubmissionGate.Candidate(p.id(), p.nik(), p.fullName(), p.opdCode(), p.sectorCode(),
                            p.reportedIncome().amount()));
                }
            }
            if (asked.isEmpty()) {
                break;
            }
            List<SubmissionGate.Decision> answers = gate.admit(asked, start);
            for (int j = 0; j < stillIn.size(); j++) {
                decisions.set(stillIn.get(j), answers.get(j));
            }
        }
        return decisions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Submission> batches(PageRequest page) {
        callers.require(Role.ADMIN, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR);
        return participants.submissions(page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Submission batch(long id) {
        callers.require(Role.ADMIN, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR);
        return participants.findSubmission(id).orElseThrow(() -> BusinessException.notFound("submission.notFound", id));
    }

    /**
     * Streams a batch's participants with the fields BPJS needs (CSV or XLSX). A bulk read of personal data, so it
     * is audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int export(long submissionId, TableWriter out) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR);
        Submission batch = batch(submissionId);
        int[] count = {0};
        out.header(EXPORT_COLUMNS);
        participants.forEach(ParticipantFilter.none().withSubmission(submissionId), DataScope.all(),
                EnumSet.allOf(id.rentan.participants.api.ParticipantStatus.class), clock.today(), p -> {
                    KelurahanInfo k = regions.byCode(p.kelurahanCode()).orElse(null);
                    out.row(p.nik(), p.kkNumber(), p.fullName(), p.birthPlace(), p.birthDate(), p.gender().name(),
                            p.motherName(), p.address(), p.rt(), p.rw(), k == null ? p.kelurahanCode() : k.name(),
                            k == null ? p.kecamatanCode() : k.kecamatanName(), regencyName, p.phone(),
                            p.sectorCode(), p.reportedIncome(), "JKK+JKM", batch.plannedStart().atDay(1));
                    count[0]++;
                });
        out.close();
        audit.recordIndependentlyAs(caller.username(), "SUBMISSION_EXPORTED", "Submission",
                String.valueOf(submissionId), null, Map.of("rows", count[0]));
        return count[0];
    }
}
