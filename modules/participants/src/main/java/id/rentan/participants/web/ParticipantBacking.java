package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.StatusChange;
import id.rentan.participants.domain.TerminationReason;
import id.rentan.platform.api.audit.AuditEntry;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A participant's page: data, warnings, status history, replacement links and audit trail, with the actions the
 * caller's role may take in the participant's current status.
 */
@Named
@ViewScoped
public class ParticipantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService service;

    @Inject
    CallerContext callers;

    @Inject
    RegionDirectory regions;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    BusinessClock clock;

    private Long id;
    private Participant participant;
    private List<StatusChange> history;
    private List<RuleViolation> warnings;
    private List<AuditEntry> auditEntries;

    // dialogs
    private String reason;
    private TerminationReason terminationReason;
    private LocalDate date;
    private String kpj;

    /** Loads the participant named by the {@code id} view parameter (not found outside the caller's scope). */
    public void load() {
        try {
            if (id == null) {
                throw BusinessException.notFound("participant.notFound", "?");
            }
            participant = service.view(id);
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                NotFound.send(); // another OPD's participant does not exist for this caller
                return;
            }
            throw e;
        }
        history = service.history(id);
        warnings = service.warnings(participant);
        auditEntries = audit.entriesFor("Participant", String.valueOf(id), 50);
    }

    public void verify() {
        done(service.verify(List.of(id)), "participant.verified");
    }

    public void reject() {
        done(service.reject(List.of(id), reason), "participant.rejected");
    }

    public void terminate() {
        service.terminate(id, terminationReason, reason, date);
        messages.info("participant.terminated");
        load();
    }

    public void register() {
        service.register(id, kpj, date);
        messages.info("participant.registered", kpj);
        load();
    }

    public void refuseRegistration() {
        service.refuseRegistration(id, reason);
        messages.info("participant.registrationRefused");
        load();
    }

    private void done(BulkResult result, String successKey) {
        BulkResult.Row row = result.rows().get(0);
        if (!row.done()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, row.messageKey(), row.args().toArray());
        }
        messages.info(successKey);
        load();
    }

    public void prepareDialog() {
        reason = null;
        terminationReason = TerminationReason.MOVED;
        date = clock.today();
        kpj = null;
    }

    public boolean isMayEdit() {
        return participant.status() == ParticipantStatus.CANDIDATE && caller().hasAnyRole(Role.ADMIN, Role.OPD_OPERATOR);
    }

    public boolean isMayVerify() {
        return participant.status() == ParticipantStatus.CANDIDATE && caller().hasAnyRole(Role.ADMIN, Role.VERIFIER);
    }

    public boolean isMayReject() {
        return (participant.status() == ParticipantStatus.CANDIDATE || participant.status() == ParticipantStatus.VERIFIED)
                && caller().hasAnyRole(Role.ADMIN, Role.VERIFIER);
    }

    public boolean isMayTerminate() {
        return participant.mayMoveTo(ParticipantStatus.TERMINATED) && caller().hasAnyRole(Role.ADMIN, Role.VERIFIER);
    }

    public boolean isMayRegister() {
        return participant.status() == ParticipantStatus.SUBMITTED && caller().hasAnyRole(Role.ADMIN, Role.BPJS_OFFICER);
    }

    public boolean isMayReplace() {
        return participant.status().isReplaceable() && participant.replacedById() == null
                && caller().hasAnyRole(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR);
    }

    private Caller caller() {
        return callers.caller();
    }

    public String text(RuleViolation violation) {
        return messages.text(violation.messageKey(), violation.args().toArray());
    }

    public KelurahanInfo getKelurahan() {
        return regions.byCode(participant.kelurahanCode()).orElse(null);
    }

    public List<TerminationReason> getTerminationReasons() {
        return Arrays.asList(TerminationReason.values());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Participant getParticipant() { return participant; }
    public List<StatusChange> getHistory() { return history; }
    public List<RuleViolation> getWarnings() { return warnings; }
    public List<AuditEntry> getAuditEntries() { return auditEntries; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public TerminationReason getTerminationReason() { return terminationReason; }
    public void setTerminationReason(TerminationReason terminationReason) { this.terminationReason = terminationReason; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getKpj() { return kpj; }
    public void setKpj(String kpj) { this.kpj = kpj; }
}
