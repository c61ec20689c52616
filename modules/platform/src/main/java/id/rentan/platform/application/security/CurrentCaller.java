package id.rentan.platform.application.security;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.application.ClientInfo;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;

/**
 * The caller of the current request, resolved once per request: the authenticated principal's account from the
 * {@link AccountDirectory} (its role and OPD come from the database, the single source of truth). A request
 * without a principal is anonymous; work outside any HTTP request (start-up, timers) runs as
 * {@link Caller#system()}.
 */
@RequestScoped
public class CurrentCaller implements CallerContext {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountDirectory directory;

    @Inject
    Instance<ClientInfo> clientInfo;

    private Caller caller;

    @Override
    public Caller caller() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    @Override
    public DataScope scope() {
        return DataScope.of(caller());
    }

    private Caller resolve() {
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (IllegalStateException e) {
            return Caller.system(); // start-up and other container callbacks without a caller
        }
        if (principal == null) {
            return inHttpRequest() ? Caller.anonymous() : Caller.system();
        }
        return directory.lookup(principal.getName())
                .filter(AccountDirectory.Entry::enabled)
                .map(AccountDirectory.Entry::caller)
                .orElseGet(Caller::anonymous);
    }

    private boolean inHttpRequest() {
        try {
            return clientInfo.get().address() != null;
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
