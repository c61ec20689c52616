package id.rentan.platform.web;

import id.rentan.platform.api.module.HomeTask;
import id.rentan.platform.api.module.HomeTaskProvider;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.web.security.PageAccessPolicy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The home page: what the user's role is for, and the tasks waiting for them, collected from every module's
 * {@link HomeTaskProvider} and kept to pages the role may open.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CallerContext callers;

    @Inject
    Instance<HomeTaskProvider> providers;

    @Inject
    PageAccessPolicy policy;

    private List<HomeTask> tasks;

    public Caller getCaller() {
        return callers.caller();
    }

    public Role getRole() {
        return callers.caller().roles().stream().findFirst().orElse(null);
    }

    public List<HomeTask> getTasks() {
        if (tasks == null) {
            Caller caller = callers.caller();
            List<HomeTask> collected = new ArrayList<>();
            for (HomeTaskProvider provider : providers) {
                provider.tasksFor(caller).stream()
                        .filter(t -> policy.mayOpen(t.view(), caller.roles()))
                        .forEach(collected::add);
            }
            collected.sort((a, b) -> Boolean.compare(b.urgent(), a.urgent()));
            tasks = collected;
        }
        return tasks;
    }
}
