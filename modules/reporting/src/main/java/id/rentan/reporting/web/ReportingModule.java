package id.rentan.reporting.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The reporting module as the platform sees it: schema and migrations {@code reporting}, texts {@code i18n.reporting},
 * and which roles may open its pages. The scoping: an OPD operator sees its own OPD's figures only (the
 * services say so); the BPJS officer sees coverage and claims, not budgets; the auditor and the administrator see all;
 * only they get the auditor's evidence pack. Population and target per year are entered by the administrator.
 */
@ApplicationScoped
public class ReportingModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "reporting";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(
                PageAccess.of("/reporting/index.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
                        Role.BPJS_OFFICER, Role.AUDITOR),
                PageAccess.of("/reporting/coverage.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
                        Role.BPJS_OFFICER, Role.AUDITOR),
                PageAccess.of("/reporting/budget.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
                        Role.AUDITOR),
                PageAccess.of("/reporting/claims.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
                        Role.BPJS_OFFICER, Role.AUDITOR),
                PageAccess.of("/reporting/quality.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
                        Role.AUDITOR),
                PageAccess.of("/reporting/evidence.xhtml", Role.ADMIN, Role.AUDITOR),
                PageAccess.of("/reporting/targets.xhtml", Role.ADMIN, Role.AUDITOR));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("menu-reporting", "menu.group.reporting", "menu.reporting", "pi pi-chart-bar",
                        "/reporting/index.xhtml", 40),
                new MenuEntry("menu-reporting-coverage", "menu.group.reporting", "menu.reporting.coverage",
                        "pi pi-users", "/reporting/coverage.xhtml", 41),
                new MenuEntry("menu-reporting-budget", "menu.group.reporting", "menu.reporting.budget",
                        "pi pi-wallet", "/reporting/budget.xhtml", 42),
                new MenuEntry("menu-reporting-claims", "menu.group.reporting", "menu.reporting.claims",
                        "pi pi-heart", "/reporting/claims.xhtml", 43),
                new MenuEntry("menu-reporting-quality", "menu.group.reporting", "menu.reporting.quality",
                        "pi pi-check-square", "/reporting/quality.xhtml", 44),
                new MenuEntry("menu-reporting-evidence", "menu.group.reporting", "menu.reporting.evidence",
                        "pi pi-briefcase", "/reporting/evidence.xhtml", 45),
                new MenuEntry("menu-reporting-targets", "menu.group.reporting", "menu.reporting.targets",
                        "pi pi-flag", "/reporting/targets.xhtml", 46));
    }
}
