package id.rentan.platform.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.web.security.PageAccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The menu of the current user: only the entries their role may open, grouped, in menu order. */
@Named
@RequestScoped
public class MenuBacking {

    /** A menu group and its entries. */
    public record Group(String labelKey, List<MenuEntry> entries) {
    }

    @Inject
    PageAccessPolicy policy;

    @Inject
    CallerContext callers;

    private List<Group> groups;

    public List<Group> getGroups() {
        if (groups == null) {
            Map<String, List<MenuEntry>> byGroup = new LinkedHashMap<>();
            for (MenuEntry entry : policy.menuFor(callers.caller().roles())) {
                byGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>()).add(entry);
            }
            groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        }
        return groups;
    }

    /** Whether the entry's page is the one being shown (to highlight it). */
    public boolean isCurrent(MenuEntry entry) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && entry.view().equals(faces.getViewRoot().getViewId());
    }
}
