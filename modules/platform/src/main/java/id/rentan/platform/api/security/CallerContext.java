package id.rentan.platform.api.security;

import id.rentan.platform.api.error.BusinessException;

/**
 * Gives services the current {@link Caller} and the {@link DataScope} it may see. Inject it rather than reading
 * the servlet request: it works the same for pages, the REST API and background work.
 */
public interface CallerContext {

    /** The caller of the current request ({@link Caller#system()} outside a request). */
    Caller caller();

    /**
     * The single place that decides which OPD's data the caller may see. Every list, count, export and API that
     * returns people or their money asks this.
     */
    DataScope scope();

    /**
     * Refuses the call unless the caller has one of the roles. Services call this as a second line of defence
     * behind the page and endpoint rules; work the application does on its own ({@link Caller#system()}) passes.
     */
    default Caller require(Role... roles) {
        Caller caller = caller();
        if (Caller.SYSTEM_NAME.equals(caller.username()) && caller.roles().isEmpty()) {
            return caller;
        }
        if (!caller.hasAnyRole(roles)) {
            throw BusinessException.forbidden("error.forbidden");
        }
        return caller;
    }
}
