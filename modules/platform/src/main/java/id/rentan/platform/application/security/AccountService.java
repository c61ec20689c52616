package id.rentan.platform.application.security;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserAccountRepository;
import id.rentan.platform.domain.account.UserFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/**
 * User administration (ADMIN) and a user's own password. Every change is audited with the account before and
 * after (never the password hash), and revokes the user's open sessions. The last enabled administrator can be
 * neither disabled nor demoted.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    AccountDirectory directory;

    @Inject
    OrganisationDirectory organisations;

    /** A new account; the administrator chooses a first password that the user must change at first login. */
    public UserAccount create(String username, String fullName, Role role, String opdCode, String password) {
        callers.require(Role.ADMIN);
        String name = UserAccount.normalizeUsername(username);
        if (users.findByUsername(name).isPresent()) {
            throw BusinessException.conflict("account.username.taken", name);
        }
        checkOpd(role, opdCode);
        policy.check(name, password);
        UserAccount account = UserAccount.create(name, fullName, role, opdCode, hasher.hash(password.toCharArray()),
                true, clock.now());
        users.add(account);
        audit.record("USER_CREATED", "UserAccount", name, null, account.snapshot());
        return account;
    }

    /** Changes name, role and OPD. */
    public UserAccount update(long id, String fullName, Role role, String opdCode) {
        Caller admin = callers.require(Role.ADMIN);
        UserAccount account = users.get(id);
        if (account.role() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(account);
            if (account.username().equals(admin.username())) {
                throw BusinessException.conflict("account.selfDemote");
            }
        }
        checkOpd(role, opdCode);
        return change(account, "USER_UPDATED", a -> {
            a.rename(fullName);
            a.assignRole(role, opdCode);
        });
    }

    public UserAccount disable(long id) {
        Caller admin = callers.require(Role.ADMIN);
        UserAccount account = users.get(id);
        if (account.username().equals(admin.username())) {
            throw BusinessException.conflict("account.selfDisable");
        }
        if (account.role() == Role.ADMIN && account.isEnabled()) {
            requireAnotherAdmin(account);
        }
        return change(account, "USER_DISABLED", UserAccount::disable);
    }

    public UserAccount enable(long id) {
        callers.require(Role.ADMIN);
        return change(users.get(id), "USER_ENABLED", UserAccount::enable);
    }

    public UserAccount unlock(long id) {
        callers.require(Role.ADMIN);
        return change(users.get(id), "USER_UNLOCKED", UserAccount::unlock);
    }

    /** Sets a new password chosen by the administrator; the user must change it at the next login. */
    public UserAccount resetPassword(long id, String newPassword) {
        callers.require(Role.ADMIN);
        UserAccount account = users.get(id);
        policy.check(account.username(), newPassword);
        String hash = hasher.hash(newPassword.toCharArray());
        return change(account, "USER_PASSWORD_RESET", a -> a.changePassword(hash, true, clock.now()));
    }

    /** Applies an administrator's change, audits it with the account before and after, ends the user's sessions. */
    private UserAccount change(UserAccount account, String action, java.util.function.Consumer<UserAccount> change) {
        Map<String, Object> before = account.snapshot();
        change.accept(account);
        audit.record(action, "UserAccount", account.username(), before, account.snapshot());
        directory.forget(account.username());
        return account;
    }

    /** The caller changes their own password, proving they know the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = callers.caller();
        if (!caller.isAuthenticated()) {
            throw BusinessException.forbidden("error.forbidden");
        }
        UserAccount account = users.findByUsername(caller.username())
                .orElseThrow(() -> BusinessException.notFound("account.notFound", caller.username()));
        if (currentPassword == null || !hasher.verify(currentPassword.toCharArray(), account.passwordHash())) {
            audit.record("PASSWORD_CHANGE_REFUSED", "UserAccount", account.username(), null,
                    Map.of("reason", "WRONG_CURRENT_PASSWORD"));
            throw new BusinessException("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new BusinessException("password.sameAsCurrent");
        }
        policy.check(account.username(), newPassword);
        account.changePassword(hasher.hash(newPassword.toCharArray()), false, clock.now());
        audit.record("PASSWORD_CHANGED", "UserAccount", account.username(), null, null);
        directory.refresh(account.username());
    }

    /** Whether the user has been told to choose a new password (an administrator chose the current one). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustChangePassword(String username) {
        return directory.lookup(username).map(AccountDirectory.Entry::mustChangePassword).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserAccount> search(UserFilter filter, PageRequest page) {
        callers.require(Role.ADMIN);
        return users.search(filter == null ? UserFilter.none() : filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(long id) {
        callers.require(Role.ADMIN);
        return users.get(id);
    }

    private void checkOpd(Role role, String opdCode) {
        if (role == Role.OPD_OPERATOR && (opdCode == null || opdCode.isBlank())) {
            throw new BusinessException("account.opd.required");
        }
        if (role == Role.OPD_OPERATOR) {
            OpdInfo opd = organisations.opd(opdCode)
                    .orElseThrow(() -> new BusinessException("account.opd.unknown", String.valueOf(opdCode)));
            if (!opd.active()) {
                throw new BusinessException("account.opd.inactive", opd.code());
            }
        }
    }

    private void requireAnotherAdmin(UserAccount account) {
        if (account.isEnabled() && users.countEnabledAdmins() <= 1) {
            throw BusinessException.conflict("account.lastAdmin");
        }
    }
}
