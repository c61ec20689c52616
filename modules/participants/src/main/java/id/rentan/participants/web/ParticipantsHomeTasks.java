package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.application.RegistryService;
import id.rentan.platform.api.module.HomeTask;
import id.rentan.platform.api.module.HomeTaskProvider;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each role has to do in the registry: an OPD follows its proposals, the verification team verifies and
 * submits, BPJS records registration results.
 */
@ApplicationScoped
public class ParticipantsHomeTasks implements HomeTaskProvider {

    @Inject
    RegistryService registry;

    @Override
    public List<HomeTask> tasksFor(Caller caller) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR)) {
            return List.of();
        }
        Map<ParticipantStatus, Long> counts = registry.countByStatus();
        long candidates = counts.getOrDefault(ParticipantStatus.CANDIDATE, 0L);
        long verified = counts.getOrDefault(ParticipantStatus.VERIFIED, 0L);
        long submitted = counts.getOrDefault(ParticipantStatus.SUBMITTED, 0L);
        long active = counts.getOrDefault(ParticipantStatus.ACTIVE, 0L) + counts.getOrDefault(ParticipantStatus.GRACE, 0L);
        List<HomeTask> tasks = new ArrayList<>();
        if (caller.hasRole(Role.OPD_OPERATOR)) {
            tasks.add(new HomeTask("home.task.proposeParticipants", -1, "/participants/import.xhtml", "pi pi-upload", false));
            tasks.add(new HomeTask("home.task.ownCandidates", candidates, "/participants/index.xhtml?status=CANDIDATE",
                    "pi pi-hourglass", false));
            tasks.add(new HomeTask("home.task.ownRejected", counts.getOrDefault(ParticipantStatus.REJECTED, 0L),
                    "/participants/index.xhtml?status=REJECTED", "pi pi-times-circle", false));
        }
        if (caller.hasAnyRole(Role.ADMIN, Role.VERIFIER)) {
            tasks.add(new HomeTask("home.task.candidatesToVerify", candidates, "/participants/verification.xhtml",
                    "pi pi-check-square", candidates > 0));
            tasks.add(new HomeTask("home.task.verifiedToSubmit", verified, "/participants/submissions.xhtml",
                    "pi pi-send", verified > 0));
        }
        if (caller.hasAnyRole(Role.ADMIN, Role.BPJS_OFFICER)) {
            tasks.add(new HomeTask("home.task.submittedToRegister", submitted, "/participants/registrations.xhtml",
                    "pi pi-verified", submitted > 0));
        }
        tasks.add(new HomeTask("home.task.activeParticipants", active, "/participants/index.xhtml?status=ACTIVE",
                "pi pi-shield", false));
        return tasks;
    }
}
