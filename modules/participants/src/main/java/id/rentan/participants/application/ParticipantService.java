package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantEvents;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantInput;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.participants.domain.ParticipantRules;
import id.rentan.participants.domain.StatusChange;
import id.rentan.participants.domain.TerminationReason;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.ValidationException;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle of single participants: an OPD proposes and corrects its candidates, the verification team verifies
 * or rejects (one by one or in bulk), BPJS registers (KPJ and coverage start), the lead department terminates, and
 * an ended participant's place goes to a replacement. Every change is checked against the caller's role and OPD,
 * recorded as a status change and in the audit log, in one transaction.
 */
@ApplicationScoped
public class ParticipantService {

    @Inject
    ParticipantRepository participants;

    @Inject
    RulesFactory rulesFactory;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    Event<ParticipantEvents.Registered> registered;

    @Inject
    Event<ParticipantEvents.RegistrationRefused> registrationRefused;

    @Inject
    Event<ParticipantEvents.Left> left;

    @Inject
    Parameters parameters;

    /** Checks a participant's data without saving anything (the form's live feedback). */
    public ParticipantRules.Checked check(ParticipantInput input, String opdCode) {
        return rulesFactory.rules().check(input, opdCode, clock.today());
    }

    /**
     * Proposes a candidate for an OPD: an OPD operator for its own OPD, the lead department for any. Refused with
     * every rule violation at once; a NIK that already holds an enrolment is refused with the state that blocks it
     * (V-06), never with the other OPD's data.
     */
    @Transactional
    public Participant propose(ParticipantInput input, String opdCode) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR);
        String opd = opdFor(caller, opdCode);
        return create(input, opd, null, caller);
    }

    /** E-06: a new candidate takes the place of a terminated or deceased participant, in the same OPD. */
    @Transactional
    public Participant proposeReplacement(long endedId, ParticipantInput input) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR);
        Participant ended = participants.lock(endedId);
        callers.scope().requireAllows(ended.opdCode());
        if (!ended.status().isReplaceable()) {
            throw BusinessException.conflict("participant.replace.notEnded", ended.status().name());
        }
        if (ended.replacedById() != null) {
            throw BusinessException.conflict("participant.replace.already", ended.replacedById());
        }
        Participant replacement = create(input, ended.opdCode(), ended.id(), caller);
        Map<String, Object> before = ended.snapshot();
        ended.replacedBy(replacement.id(), caller.username(), clock.now());
        audit.record("PARTICIPANT_REPLACED", "Participant", String.valueOf(ended.id()), before,
                Map.of("replacedBy", replacement.id()));
        return replacement;
    }

    private Participant create(ParticipantInput input, String opd, Long replacesId, Caller caller) {
        LocalDateTime now = clock.now();
        ParticipantRules.Checked checked = rulesFactory.rules().check(input, opd, now.toLocalDate());
        if (checked.hasErrors()) {
            throw new ValidationException(checked.violations());
        }
        String nik = checked.data().nik().value();
        participants.holderOf(nik).ifPresent(status -> {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "V-06", "rule.V-06." + status.name());
        });
        Participant p = participants.add(Participant.propose(checked.data(), Violations.toJson(checked.warnings()),
                opd, caller.username(), now, replacesId));
        audit.record("PARTICIPANT_PROPOSED", "Participant", String.valueOf(p.id()), null, p.snapshot());
        return p;
    }

    /** The OPD corrects its candidate (only while it is a candidate). */
    @Transactional
    public Participant correct(long id, ParticipantInput input) {
        Caller caller = callers.require(Role.ADMIN, Role.OPD_OPERATOR);
        Participant p = participants.lock(id);
        callers.scope().requireAllows(p.opdCode());
        LocalDateTime now = clock.now();
        ParticipantRules.Checked checked = rulesFactory.rules().check(input, p.opdCode(), now.toLocalDate());
        if (checked.hasErrors()) {
            throw new ValidationException(checked.violations());
        }
        String nik = checked.data().nik().value();
        if (!nik.equals(p.nik())) {
            participants.holderOf(nik).ifPresent(status -> {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "V-06", "rule.V-06." + status.name());
            });
        }
        Map<String, Object> before = p.snapshot();
        p.correct(checked.data(), Violations.toJson(checked.warnings()), caller.username(), now);
        audit.record("PARTICIPANT_CORRECTED", "Participant", String.valueOf(p.id()), before, p.snapshot());
        return p;
    }

    /** The verification team accepts candidates; each one is done or refused on its own. */
    @Transactional
    public BulkResult verify(List<Long> ids) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER);
        return each(ids, p -> transition(p, "PARTICIPANT_VERIFIED", p.verify(caller.username(), clock.now())));
    }

    /** The verification team refuses candidates, with a reason (required). */
    @Transactional
    public BulkResult reject(List<Long> ids, String reason) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("participant.reason.required");
        }
        return each(ids, p -> {
            if (p.status() != ParticipantStatus.CANDIDATE && p.status() != ParticipantStatus.VERIFIED) {
                throw BusinessException.conflict("participant.transition.refused", p.status().name(),
                        ParticipantStatus.REJECTED.name());
            }
            transition(p, "PARTICIPANT_REJECTED", p.reject(reason, caller.username(), clock.now()));
        });
    }

    /** BPJS registered a submitted participant: KPJ (V-10) and the first day of cover. */
    @Transactional
    public Participant register(long id, String kpj, LocalDate coverageStart) {
        Caller caller = callers.require(Role.ADMIN, Role.BPJS_OFFICER);
        Participant p = participants.lock(id);
        requireSubmitted(p);
        transition(p, "PARTICIPANT_REGISTERED", p.register(kpj, coverageStart, caller.username(), clock.now()));
        registered.fire(new ParticipantEvents.Registered(p.id(), p.kpj(), p.coverageStart()));
        return p;
    }

    /** BPJS refused a submitted participant, with its reason (e.g. E-05: active in another segment). */
    @Transactional
    public Participant refuseRegistration(long id, String reason) {
        Caller caller = callers.require(Role.ADMIN, Role.BPJS_OFFICER);
        Participant p = participants.lock(id);
        requireSubmitted(p);
        transition(p, "PARTICIPANT_REGISTRATION_REFUSED", p.reject(reason, caller.username(), clock.now()));
        registrationRefused.fire(new ParticipantEvents.RegistrationRefused(p.id()));
        return p;
    }

    /** E-06: the lead department ends a participant's cover on a date, with a reason. */
    @Transactional
    public Participant terminate(long id, TerminationReason reason, String note, LocalDate date) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER);
        Participant p = participants.lock(id);
        if (reason == null) {
            throw new BusinessException("participant.reason.required");
        }
        transition(p, "PARTICIPANT_TERMINATED", p.terminate(reason, note, date, caller.username(), clock.now()));
        left.fire(new ParticipantEvents.Left(p.id(), p.status(), p.endDate()));
        return p;
    }

    /** A participant died (recorded by the claims module). */
    @Transactional
    public Participant markDeceased(long id, LocalDate dateOfDeath) {
        Caller caller = callers.caller();
        Participant p = participants.lock(id);
        callers.scope().requireAllows(p.opdCode());
        transition(p, "PARTICIPANT_DECEASED", p.markDeceased(dateOfDeath, caller.username(), clock.now()));
        left.fire(new ParticipantEvents.Left(p.id(), p.status(), p.endDate()));
        return p;
    }

    /**
     * Section 4 / CL-01: premium arrears move a covered participant between ACTIVE, GRACE and LAPSED (see
     * {@link id.rentan.participants.api.ParticipantDirectory#applyArrears}). Work of the funding module: the
     * caller is the system's daily job or an administrator.
     */
    @Transactional
    public Participant applyArrears(long id, int unpaidMonths, YearMonth since) {
        Caller caller = callers.caller();
        Participant p = participants.lock(id);
        LocalDateTime now = clock.now();
        int grace = parameters.intOn(ParameterCode.GRACE_PERIOD_MONTHS, now.toLocalDate());
        // kept in the history as written, in the users' language
        String reason = since == null ? "Tunggakan iuran telah dibayar"
                : "Iuran belum dibayar: " + unpaidMonths + " bulan sejak " + since;
        if (unpaidMonths <= 0) {
            if (p.status() == ParticipantStatus.GRACE) {
                transition(p, "PARTICIPANT_GRACE_ENDED", p.leaveGrace(reason, caller.username(), now));
            }
            return p;
        }
        if (p.status() == ParticipantStatus.ACTIVE) {
            transition(p, "PARTICIPANT_GRACE_STARTED", p.enterGrace(reason, caller.username(), now));
        }
        if (unpaidMonths > grace && p.status() == ParticipantStatus.GRACE) {
            transition(p, "PARTICIPANT_LAPSED", p.lapse(reason, caller.username(), now));
        }
        return p;
    }

    /** One participant the caller may see (OPD scope and role), or "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant view(long id) {
        Caller caller = callers.require(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER, Role.AUDITOR);
        Participant p = participants.find(id).orElseThrow(() -> BusinessException.notFound("participant.notFound", id));
        callers.scope().requireAllows(p.opdCode());
        if (!Visibility.of(caller).contains(p.status())) {
            throw BusinessException.notFound("participant.notFound", id);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChange> history(long id) {
        view(id);
        return participants.history(id);
    }

    /** The warnings a participant carries for the verifier. */
    public List<RuleViolation> warnings(Participant p) {
        return Violations.fromJson(p.warningsJson());
    }

    private void transition(Participant p, String action, StatusChange change) {
        participants.addChange(change);
        audit.record(action, "Participant", String.valueOf(p.id()), Map.of("status", change.fromStatus().name()),
                p.snapshot());
    }

    private static void requireSubmitted(Participant p) {
        if (p.status() != ParticipantStatus.SUBMITTED) {
            throw BusinessException.conflict("participant.registration.notSubmitted", p.status().name());
        }
    }

    /** Applies an operation to each participant; a refusal of one leaves it unchanged and does not stop the others. */
    private BulkResult each(List<Long> ids, java.util.function.Consumer<Participant> operation) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessException("participant.selection.empty");
        }
        List<BulkResult.Row> rows = new ArrayList<>();
        for (Long id : ids) {
            try {
                Participant p = participants.lock(id);
                callers.scope().requireAllows(p.opdCode());
                operation.accept(p);
                rows.add(BulkResult.Row.done(id, String.valueOf(id)));
            } catch (BusinessException e) {
                rows.add(BulkResult.Row.refused(id, String.valueOf(id), e.messageKey(), e.args()));
            }
        }
        return new BulkResult(rows);
    }

    /** The OPD a proposal is for: an OPD operator's own; the lead department must name one. */
    String opdFor(Caller caller, String requested) {
        if (caller.hasRole(Role.OPD_OPERATOR) && !caller.hasAnyRole(Role.ADMIN, Role.VERIFIER)) {
            String own = caller.opd().orElseThrow(() -> BusinessException.forbidden("participant.opd.none"));
            if (requested != null && !requested.isBlank() && !requested.equals(own)) {
                throw BusinessException.forbidden("participant.opd.notOwn", requested);
            }
            return own;
        }
        if (requested == null || requested.isBlank()) {
            throw new BusinessException("participant.opd.required");
        }
        return requested.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
