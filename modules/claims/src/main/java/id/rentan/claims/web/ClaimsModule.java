package id.rentan.claims.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The claims module as the platform sees it: schema and migrations {@code claims}, texts {@code i18n.claims}, and
 * which roles may open each of its pages under {@code /claims/}. Every page is listed on its own: a page added
 * without a rule here is refused to everybody. The roles follow the service's: recorders (ADMIN, OPD_OPERATOR,
 * VERIFIER, BPJS_OFFICER) record and work on claims, readers are the recorders and the auditor, and FINANCE sees
 * only the claims at risk, which it can save by paying the month's invoice.
 */
@ApplicationScoped
public class ClaimsModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(
                // the claim list and a claim's page: OPD operators see their own OPD's (the service says so)
                PageAccess.of("/claims/index.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER,
                        Role.BPJS_OFFICER, Role.AUDITOR),
                PageAccess.of("/claims/claim.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER,
                        Role.BPJS_OFFICER, Role.AUDITOR),
                // recording a claim (cover check and expected benefit before saving)
                PageAccess.of("/claims/new.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER),
                // claims at risk (CL-01): whoever pays the month's invoice, and the auditor
                PageAccess.of("/claims/at-risk.xhtml", Role.ADMIN, Role.FINANCE, Role.AUDITOR),
                // scholarships due for renewal (S-01)
                PageAccess.of("/claims/renewals.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER,
                        Role.BPJS_OFFICER, Role.AUDITOR));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("menu-claims", "menu.group.claims", "menu.claims", "pi pi-heart",
                        "/claims/index.xhtml", 30),
                new MenuEntry("menu-claims-new", "menu.group.claims", "menu.claims.new", "pi pi-plus-circle",
                        "/claims/new.xhtml", 31),
                new MenuEntry("menu-claims-at-risk", "menu.group.claims", "menu.claims.atRisk",
                        "pi pi-exclamation-triangle", "/claims/at-risk.xhtml", 32),
                new MenuEntry("menu-claims-renewals", "menu.group.claims", "menu.claims.renewals",
                        "pi pi-book", "/claims/renewals.xhtml", 33));
    }
}
