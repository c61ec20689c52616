package id.rentan.platform.web.security;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which role may open which page, from the declarations of every module ({@link ModuleDescriptor#pages()}). Deny
 * by default: a page no rule covers is refused to everybody. The most specific rule (the longest path) wins. The
 * menu is built from the same rules, so it never offers a page the user cannot open.
 */
@ApplicationScoped
public class PageAccessPolicy {

    /** Pages anyone may open, logged in or not. */
    static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml");

    /** Pages every logged-in user may open whatever the role. */
    static final Set<String> ANY_USER_PAGES = Set.of("/index.xhtml", "/account/password.xhtml",
            "/error/403.xhtml", "/error/404.xhtml", "/error/500.xhtml", "/error/expired.xhtml");

    @Inject
    Instance<ModuleDescriptor> modules;

    private List<PageAccess> rules;
    private List<MenuEntry> menu;

    @PostConstruct
    void init() {
        List<ModuleDescriptor> all = modules.stream().toList();
        init(all);
    }

    /** Builds the policy from descriptors (also used by unit tests). */
    void init(Collection<ModuleDescriptor> descriptors) {
        List<PageAccess> collected = new ArrayList<>();
        List<MenuEntry> entries = new ArrayList<>();
        for (ModuleDescriptor m : descriptors) {
            collected.addAll(m.pages());
            entries.addAll(m.menu());
        }
        collected.sort(Comparator.comparingInt((PageAccess p) -> p.path().length()).reversed());
        rules = List.copyOf(collected);
        entries.sort(Comparator.comparingInt(MenuEntry::order));
        menu = List.copyOf(entries);
    }

    public boolean isPublic(String viewId) {
        return PUBLIC_PAGES.contains(viewId);
    }

    /** Whether any of the roles may open the view. */
    public boolean mayOpen(String view, Collection<Role> roles) {
        if (view == null) {
            return false;
        }
        int query = view.indexOf('?');
        String viewId = query < 0 ? view : view.substring(0, query);
        if (isPublic(viewId)) {
            return true;
        }
        if (roles.isEmpty()) {
            return false;
        }
        if (ANY_USER_PAGES.contains(viewId)) {
            return true;
        }
        return ruleFor(viewId).map(rule -> rule.roles().stream().anyMatch(roles::contains)).orElse(false);
    }

    /** Whether some rule covers the view at all (else it is unknown to every role). */
    public boolean isDeclared(String viewId) {
        return isPublic(viewId) || ANY_USER_PAGES.contains(viewId) || ruleFor(viewId).isPresent();
    }

    /** The menu entries the roles may use, in menu order. */
    public List<MenuEntry> menuFor(Collection<Role> roles) {
        return menu.stream().filter(e -> mayOpen(e.view(), roles)).toList();
    }

    private Optional<PageAccess> ruleFor(String viewId) {
        return rules.stream().filter(r -> r.covers(viewId)).findFirst();
    }
}
