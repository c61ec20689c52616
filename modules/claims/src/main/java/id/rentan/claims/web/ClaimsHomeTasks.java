package id.rentan.claims.web;

import id.rentan.claims.application.ClaimService;
import id.rentan.platform.api.module.HomeTask;
import id.rentan.platform.api.module.HomeTaskProvider;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * What FINANCE (and the administrator) has to do about claims: claims at risk (CL-01), whose month's premium must be
 * paid before its pay-by day to keep the claim covered. Shown only when there are some.
 */
@ApplicationScoped
public class ClaimsHomeTasks implements HomeTaskProvider {

    @Inject
    ClaimService claims;

    @Override
    public List<HomeTask> tasksFor(Caller caller) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.FINANCE)) {
            return List.of();
        }
        long atRisk = claims.countAtRisk();
        if (atRisk <= 0) {
            return List.of();
        }
        return List.of(new HomeTask("claims.home.atRisk", atRisk, "/claims/at-risk.xhtml", "pi pi-exclamation-triangle",
                true));
    }
}
