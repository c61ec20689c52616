package id.rentan.platform.web.security;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** Logs out: ends the session (audited) and shows the login page. */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    public void logout() throws IOException, ServletException {
        String username = callers.caller().username();
        audit.record("LOGOUT", "UserAccount", username, null, null);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + RentanAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=1");
    }
}
