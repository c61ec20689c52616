package id.rentan.platform.web;

import id.rentan.platform.api.module.HomeTask;
import id.rentan.platform.api.module.HomeTaskProvider;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.audit.AuditService;
import id.rentan.platform.application.param.ParameterService;
import id.rentan.platform.domain.account.UserAccountRepository;
import id.rentan.platform.domain.audit.AuditFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The platform's home tasks: for administrators, locked accounts, passwords to be changed and parameters without a
 * value today; for auditors and administrators, today's activity and failed logins in the audit log.
 */
@ApplicationScoped
public class PlatformHomeTasks implements HomeTaskProvider {

    @Inject
    UserAccountRepository users;

    @Inject
    ParameterService parameters;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Override
    public List<HomeTask> tasksFor(Caller caller) {
        List<HomeTask> tasks = new ArrayList<>();
        if (caller.hasRole(Role.ADMIN)) {
            long locked = users.countLockedAt(clock.now());
            tasks.add(new HomeTask("home.task.lockedAccounts", locked, "/admin/users.xhtml", "pi pi-lock", locked > 0));
            long mustChange = users.countMustChangePassword();
            tasks.add(new HomeTask("home.task.mustChangePassword", mustChange, "/admin/users.xhtml", "pi pi-key",
                    false));
            int missing = parameters.missingToday().size();
            if (missing > 0) {
                tasks.add(new HomeTask("home.task.missingParameters", missing, "/parameters/index.xhtml",
                        "pi pi-exclamation-triangle", true));
            }
        }
        if (caller.hasAnyRole(Role.ADMIN, Role.AUDITOR)) {
            var today = clock.today();
            long activity = audit.search(new AuditFilter(today, today, null, null, null, null),
                    PageRequest.of(0, 1)).total();
            tasks.add(new HomeTask("home.task.auditToday", activity, "/audit/index.xhtml", "pi pi-history", false));
            long failed = audit.search(new AuditFilter(today, today, null, "LOGIN_FAILED", null, null),
                    PageRequest.of(0, 1)).total();
            tasks.add(new HomeTask("home.task.failedLogins", failed, "/audit/index.xhtml", "pi pi-shield", failed > 10));
        }
        return tasks;
    }
}
