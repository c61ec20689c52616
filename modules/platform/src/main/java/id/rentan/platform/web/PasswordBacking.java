package id.rentan.platform.web;

import id.rentan.platform.application.security.AccountService;
import id.rentan.platform.api.ui.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Change my password", also shown at first login when an administrator chose the password. */
@Named
@RequestScoped
public class PasswordBacking {

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    @Inject
    AccountService accounts;

    @Inject
    Messages messages;

    public String change() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            messages.error("password.confirmationMismatch");
            return null;
        }
        accounts.changeOwnPassword(currentPassword, newPassword);
        messages.info("password.changed");
        messages.keepForRedirect();
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
