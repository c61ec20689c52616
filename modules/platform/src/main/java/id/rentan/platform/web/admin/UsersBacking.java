package id.rentan.platform.web.admin;

import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.application.security.AccountService;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserFilter;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The user administration screen (ADMIN): search, create, edit role and OPD, disable, unlock, reset password. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A row of the user list.
     *
     * @param id          account id
     * @param username    login name
     * @param fullName    full name
     * @param role        role
     * @param opdCode     OPD of an OPD operator
     * @param enabled     whether it may log in
     * @param locked      whether it is locked now after failed logins
     * @param lockedUntil until when
     * @param mustChangePassword whether the user must choose a new password
     * @param lastLoginAt last successful web login
     */
    public record Row(long id, String username, String fullName, Role role, String opdCode, boolean enabled,
                      boolean locked, LocalDateTime lockedUntil, boolean mustChangePassword,
                      LocalDateTime lastLoginAt) implements Serializable {
    }

    @Inject
    AccountService accounts;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Messages messages;

    @Inject
    id.rentan.platform.api.time.BusinessClock clock;

    private String text;
    private Role role;
    private String opdCode;
    private Boolean enabled;

    private PagedDataModel<Row> model;

    // the edit dialog
    private Long editingId;
    private String formUsername;
    private String formFullName;
    private Role formRole;
    private String formOpdCode;
    private String formPassword;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> {
            LocalDateTime now = clock.now();
            return accounts.search(new UserFilter(text, role, opdCode, enabled), request)
                    .map(u -> row(u, now));
        }, row -> Long.toString(row.id()));
    }

    private static Row row(UserAccount u, LocalDateTime now) {
        return new Row(u.id(), u.username(), u.fullName(), u.role(), u.opdCode(), u.isEnabled(), u.isLockedAt(now),
                u.lockedUntil(), u.mustChangePassword(), u.lastLoginAt());
    }

    public void startCreate() {
        editingId = null;
        formUsername = null;
        formFullName = null;
        formRole = Role.OPD_OPERATOR;
        formOpdCode = null;
        formPassword = null;
    }

    public void startEdit(Row row) {
        editingId = row.id();
        formUsername = row.username();
        formFullName = row.fullName();
        formRole = row.role();
        formOpdCode = row.opdCode();
        formPassword = null;
    }

    public void save() {
        if (editingId == null) {
            accounts.create(formUsername, formFullName, formRole, formOpdCode, formPassword);
            messages.info("users.created", formUsername);
        } else {
            accounts.update(editingId, formFullName, formRole, formOpdCode);
            messages.info("users.updated", formUsername);
        }
        formPassword = null;
    }

    public void resetPassword() {
        accounts.resetPassword(editingId, formPassword);
        messages.info("users.passwordReset", formUsername);
        formPassword = null;
    }

    public void disable(Row row) {
        accounts.disable(row.id());
        messages.info("users.disabled", row.username());
    }

    public void enable(Row row) {
        accounts.enable(row.id());
        messages.info("users.enabled", row.username());
    }

    public void unlock(Row row) {
        accounts.unlock(row.id());
        messages.info("users.unlocked", row.username());
    }

    public List<Role> getRoles() {
        return Arrays.asList(Role.values());
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public boolean isFormNeedsOpd() {
        return formRole == Role.OPD_OPERATOR;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public PagedDataModel<Row> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getFormUsername() {
        return formUsername;
    }

    public void setFormUsername(String formUsername) {
        this.formUsername = formUsername;
    }

    public String getFormFullName() {
        return formFullName;
    }

    public void setFormFullName(String formFullName) {
        this.formFullName = formFullName;
    }

    public Role getFormRole() {
        return formRole;
    }

    public void setFormRole(Role formRole) {
        this.formRole = formRole;
    }

    public String getFormOpdCode() {
        return formOpdCode;
    }

    public void setFormOpdCode(String formOpdCode) {
        this.formOpdCode = formOpdCode;
    }

    public String getFormPassword() {
        return formPassword;
    }

    public void setFormPassword(String formPassword) {
        this.formPassword = formPassword;
    }
}
