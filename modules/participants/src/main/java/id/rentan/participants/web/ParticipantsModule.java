package id.rentan.participants.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The participants module as the platform sees it: schema and migrations {@code participants}, texts
 * {@code i18n.participants}, and which roles may open its pages.
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
        return List.of(
                // the registry and a participant's page: everyone who works with participants (OPD-scoped)
                PageAccess.of("/participants/", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.BPJS_OFFICER,
                        Role.AUDITOR),
                PageAccess.of("/participants/edit.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER),
                PageAccess.of("/participants/import.xhtml", Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER),
                PageAccess.of("/participants/verification.xhtml", Role.ADMIN, Role.VERIFIER),
                PageAccess.of("/participants/submissions.xhtml", Role.ADMIN, Role.VERIFIER, Role.BPJS_OFFICER,
                        Role.AUDITOR),
                PageAccess.of("/participants/registrations.xhtml", Role.ADMIN, Role.BPJS_OFFICER));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("menu-participants", "menu.group.participants", "menu.participants", "pi pi-id-card",
                        "/participants/index.xhtml", 10),
                new MenuEntry("menu-participants-import", "menu.group.participants", "menu.participants.import",
                        "pi pi-upload", "/participants/import.xhtml", 11),
                new MenuEntry("menu-participants-verification", "menu.group.participants",
                        "menu.participants.verification", "pi pi-check-square", "/participants/verification.xhtml", 12),
                new MenuEntry("menu-participants-submissions", "menu.group.participants",
                        "menu.participants.submissions", "pi pi-send", "/participants/submissions.xhtml", 13),
                new MenuEntry("menu-participants-registrations", "menu.group.participants",
                        "menu.participants.registrations", "pi pi-verified", "/participants/registrations.xhtml", 14));
    }
}
