package id.rentan.platform.web.security;

import id.rentan.platform.application.StartupTasks;
import id.rentan.platform.application.security.AuthenticationOutcome;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.web.i18n.Formats;
import id.rentan.platform.web.i18n.UserPreferences;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The login page: checks the credentials through Jakarta Security and goes back to the page the user wanted. */
@Named
@RequestScoped
public class LoginBacking {

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    private String next;

    @Inject
    SecurityContext securityContext;

    @Inject
    AuthenticationChannel channel;

    @Inject
    Messages messages;

    @Inject
    UserPreferences preferences;

    @Inject
    StartupTasks startup;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();

        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(safeNext(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                showFailure(channel.outcome());
            }
        }
    }

    private void showFailure(AuthenticationOutcome outcome) {
        if (outcome != null && outcome.status() == AuthenticationOutcome.Status.LOCKED) {
            messages.error("login.locked", Formats.dateTime(outcome.lockedUntil(), preferences.getLocale()));
        } else if (outcome != null && outcome.status() == AuthenticationOutcome.Status.DISABLED) {
            messages.error("login.disabled");
        } else {
            messages.error("login.invalid");
        }
    }

    /** Only a path inside this application; anything else (another host, a scheme) goes home. */
    private String safeNext(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        if (next == null || next.isBlank() || !next.startsWith(home) || next.startsWith("//")
                || next.contains("\\") || next.contains("://") || next.contains("\r") || next.contains("\n")
                || next.startsWith(request.getContextPath() + RentanAuthenticationMechanism.LOGIN_PAGE)) {
            return home;
        }
        return next;
    }

    public boolean isDemo() {
        return startup.isDemo();
    }

    public List<Map<String, String>> getDemoAccounts() {
        return startup.isDemo() ? startup.demoAccounts() : List.of();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
