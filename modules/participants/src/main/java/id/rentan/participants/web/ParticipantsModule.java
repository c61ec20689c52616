package id.rentan.participants.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumSet;
import java.util.List;

/**
 * The participants module as the platform sees it: schema and migrations {@code participants}, texts {@code i18n.participants}, and
 * which roles may open its pages under {@code /participants/}.
 */
@ApplicationScoped
public class ParticipantsModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "participants";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(new PageAccess("/participants/", EnumSet.of(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER, Role.AUDITOR)));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("menu-participants", "menu.group.main", "menu.participants", "pi pi-id-card",
                "/participants/index.xhtml", 10));
    }
}
