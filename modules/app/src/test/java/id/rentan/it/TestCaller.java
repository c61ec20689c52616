package id.rentan.it;

import id.rentan.platform.application.security.CurrentCaller;
import jakarta.inject.Inject;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Set;

/**
 * Inside the server, in test deployments only: the caller a test chooses ({@link #actAs}), instead of the logged-in
 * user. Each test method runs in one HTTP request, so the choice lasts for the method. Without a choice the caller
 * is the logged-in user of the request (a client-side test calling the API), or else the system, as at start-up.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller implements CallerContext {

    @Inject
    CurrentCaller real;

    private Caller caller;

    public void actAs(String username, Role role, String opd) {
        caller = new Caller(username, Set.of(role), opd);
    }

    public void actAs(Caller chosen) {
        caller = chosen;
    }

    @Override
    public Caller caller() {
        if (caller == null) {
            Caller user = real.caller();
            caller = user.isAuthenticated() ? user : Caller.system();
        }
        return caller;
    }

    @Override
    public DataScope scope() {
        return DataScope.of(caller());
    }
}
