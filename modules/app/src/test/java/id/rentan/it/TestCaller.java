package id.rentan.it;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.application.security.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Inside the server, in test deployments only: the caller a test chooses ({@link #actAs}), instead of the logged-in
 * user. Each test method runs in one HTTP request, so the choice lasts for the method. Without a choice the caller
 * is the user the request is authenticated as (a test that calls the REST API of its own server, e.g. with HTTP
 * Basic), or else the system, as at start-up.
 */
@Alternative
@Priority(1000)
@RequestScoped
public class TestCaller implements CallerContext {

    @Inject
    CurrentCaller signedIn;

    private Caller chosen;

    public void actAs(String username, Role role, String opd) {
        chosen = new Caller(username, Set.of(role), opd);
    }

    public void actAs(Caller caller) {
        chosen = caller;
    }

    @Override
    public Caller caller() {
        if (chosen != null) {
            return chosen;
        }
        Caller user = signedIn.caller();
        return user.isAuthenticated() ? user : Caller.system();
    }

    @Override
    public DataScope scope() {
        return DataScope.of(caller());
    }
}
