package id.rentan.platform.web.security;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.web.PlatformModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page is denied unless a role is allowed; the menu shows only what the role may open. */
class PageAccessPolicyTest {

    private final PageAccessPolicy policy = new PageAccessPolicy();

    /** A module declaring a folder for verifiers and one page inside it for administrators only. */
    static final class Sample implements ModuleDescriptor {
        @Override
        public String name() {
            return "sample";
        }

        @Override
        public int order() {
            return 50;
        }

        @Override
        public List<PageAccess> pages() {
            return List.of(PageAccess.of("/sample/", Role.VERIFIER, Role.ADMIN),
                    PageAccess.of("/sample/secret.xhtml", Role.ADMIN));
        }

        @Override
        public List<MenuEntry> menu() {
            return List.of(new MenuEntry("menu-sample", "g", "k", "i", "/sample/index.xhtml", 5),
                    new MenuEntry("menu-secret", "g", "k", "i", "/sample/secret.xhtml", 6));
        }
    }

    @BeforeEach
    void build() {
        policy.init(List.of(new PlatformModule(), new Sample()));
    }

    @Test
    @DisplayName("a page no module declares is refused to every role")
    void undeclaredPagesAreDenied() {
        for (Role role : Role.values()) {
            assertFalse(policy.mayOpen("/other/index.xhtml", Set.of(role)), role.name());
        }
        assertFalse(policy.isDeclared("/other/index.xhtml"));
    }

    @Test
    @DisplayName("section 2: only ADMIN opens the user administration; ADMIN and AUDITOR the audit log")
    void platformPages() {
        assertTrue(policy.mayOpen("/admin/users.xhtml", Set.of(Role.ADMIN)));
        for (Role role : List.of(Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR)) {
            assertFalse(policy.mayOpen("/admin/users.xhtml", Set.of(role)), role.name());
        }
        assertTrue(policy.mayOpen("/audit/index.xhtml", Set.of(Role.AUDITOR)));
        assertFalse(policy.mayOpen("/audit/index.xhtml", Set.of(Role.OPD_OPERATOR)));
    }

    @Test
    @DisplayName("the most specific rule wins")
    void mostSpecificRuleWins() {
        assertTrue(policy.mayOpen("/sample/index.xhtml", Set.of(Role.VERIFIER)));
        assertFalse(policy.mayOpen("/sample/secret.xhtml", Set.of(Role.VERIFIER)));
        assertTrue(policy.mayOpen("/sample/secret.xhtml", Set.of(Role.ADMIN)));
    }

    @Test
    @DisplayName("the login page is public; the home page needs any role; nothing else is open to anonymous users")
    void publicAndAnyUserPages() {
        assertTrue(policy.mayOpen("/login.xhtml", Set.of()));
        assertFalse(policy.mayOpen("/index.xhtml", Set.of()));
        assertTrue(policy.mayOpen("/index.xhtml", Set.of(Role.BPJS_OFFICER)));
        assertFalse(policy.mayOpen("/sample/index.xhtml", Set.of()));
    }

    @Test
    @DisplayName("the menu offers exactly the pages the role may open")
    void menuFollowsTheRules() {
        assertEquals(List.of("menu-home", "menu-sample"),
                policy.menuFor(Set.of(Role.VERIFIER)).stream().map(MenuEntry::id)
                        .filter(id -> id.equals("menu-home") || id.startsWith("menu-s")).toList());
        assertTrue(policy.menuFor(Set.of(Role.ADMIN)).stream().anyMatch(e -> e.id().equals("menu-secret")));
        assertFalse(policy.menuFor(Set.of(Role.OPD_OPERATOR)).stream().anyMatch(e -> e.id().startsWith("menu-admin")));
    }
}
