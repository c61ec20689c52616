package id.rentan.platform.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The shared kernel as a module: schema {@code platform}, its texts, and the administration and audit pages. */
@ApplicationScoped
public class PlatformModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "platform";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<String> bundles() {
        return List.of("i18n.platform", "i18n.rules");
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(
                PageAccess.of("/admin/", Role.ADMIN),
                PageAccess.of("/audit/", Role.ADMIN, Role.AUDITOR),
                PageAccess.of("/parameters/", Role.ADMIN, Role.AUDITOR, Role.FINANCE, Role.VERIFIER));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("menu-home", "menu.group.main", "menu.home", "pi pi-home", "/index.xhtml", 0),
                new MenuEntry("menu-admin-users", "menu.group.admin", "menu.admin.users", "pi pi-users",
                        "/admin/users.xhtml", 900),
                new MenuEntry("menu-admin-opds", "menu.group.admin", "menu.admin.opds", "pi pi-building",
                        "/admin/opds.xhtml", 910),
                new MenuEntry("menu-admin-sectors", "menu.group.admin", "menu.admin.sectors", "pi pi-tags",
                        "/admin/sectors.xhtml", 920),
                new MenuEntry("menu-parameters", "menu.group.admin", "menu.parameters", "pi pi-sliders-h",
                        "/parameters/index.xhtml", 930),
                new MenuEntry("menu-admin-backup", "menu.group.admin", "menu.admin.backup", "pi pi-database",
                        "/admin/backup.xhtml", 940),
                new MenuEntry("menu-audit", "menu.group.audit", "menu.audit", "pi pi-history",
                        "/audit/index.xhtml", 950));
    }
}
