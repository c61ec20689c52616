package id.rentan.funding.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * The funding module as the platform sees it: schema and migrations {@code funding}, texts {@code i18n.funding}, and
 * which roles may open its pages under {@code /funding/}.
 */
@ApplicationScoped
public class FundingModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(new PageAccess("/funding/", EnumSet.of(Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR)));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu-funding", "menu.group.main", "menu.funding", "pi pi-wallet",
                "/funding/index.xhtml", 20));
    }
}
