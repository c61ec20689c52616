package id.rentan.reporting.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * The reporting module as the platform sees it: schema and migrations {@code reporting}, texts {@code i18n.reporting}, and
 * which roles may open its pages under {@code /reporting/}.
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
        return List.of(new PageAccess("/reporting/", EnumSet.of(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR)));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu-reporting", "menu.group.main", "menu.reporting", "pi pi-chart-bar",
                "/reporting/index.xhtml", 40));
    }
}
