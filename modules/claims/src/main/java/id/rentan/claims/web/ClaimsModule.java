package id.rentan.claims.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * The claims module as the platform sees it: schema and migrations {@code claims}, texts {@code i18n.claims}, and
 * which roles may open its pages under {@code /claims/}.
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
        return List.of(new PageAccess("/claims/", EnumSet.of(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR)));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu-claims", "menu.group.main", "menu.claims", "pi pi-heart",
                "/claims/index.xhtml", 30));
    }
}
