package id.rentan.platform.web.security;

import id.rentan.platform.application.security.AuthenticationOutcome;
import jakarta.enterprise.context.RequestScoped;

/**
 * Per request: whether the credentials being checked came from the REST API (HTTP Basic) or the login page, and the
 * outcome of the check, which the login page turns into the right message (wrong password, locked, disabled).
 */
@RequestScoped
public class AuthenticationChannel {

    private boolean api;
    private AuthenticationOutcome outcome;

    public boolean isApi() {
        return api;
    }

    void api(boolean fromApi) {
        this.api = fromApi;
    }

    public AuthenticationOutcome outcome() {
        return outcome;
    }

    void outcome(AuthenticationOutcome lastOutcome) {
        this.outcome = lastOutcome;
    }
}
