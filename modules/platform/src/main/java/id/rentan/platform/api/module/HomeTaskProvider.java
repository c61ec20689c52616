package id.rentan.platform.api.module;

import id.rentan.platform.api.security.Caller;

import java.util.List;

/**
 * Contributes tasks to the home page. Modules implement it as {@code @ApplicationScoped} beans; each returns only
 * the tasks the caller's roles have to do, already restricted to the caller's data scope.
 */
public interface HomeTaskProvider {

    List<HomeTask> tasksFor(Caller caller);
}
