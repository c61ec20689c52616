package id.rentan.platform.application.security;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.StartupTasks.DemoAccount;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Creates the accounts the application needs to be usable at all: demo accounts, or the first administrator. */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    /** Creates the demo accounts that do not exist yet; existing accounts (and their passwords) are left alone. */
    @Transactional
    public void createDemoAccounts(List<DemoAccount> demoAccounts, String demoPassword) {
        for (DemoAccount demo : demoAccounts) {
            if (users.findByUsername(demo.username()).isEmpty()) {
                UserAccount account = UserAccount.create(demo.username(), demo.fullName(), demo.role(), demo.opd(),
                        hasher.hash(demoPassword.toCharArray()), false, clock.now());
                users.add(account);
                audit.record("DEMO_ACCOUNT_CREATED", "UserAccount", demo.username(), null, account.snapshot());
            }
        }
    }

    /**
     * Creates the first administrator when no enabled administrator exists and a password is configured; they must
     * choose a new password at first login.
     */
    @Transactional
    public void createFirstAdministrator(String adminUsername, Optional<String> adminPassword) {
        if (users.countEnabledAdmins() > 0) {
            return;
        }
        if (adminPassword.isEmpty() || adminPassword.get().isBlank()) {
            LOG.severe("No enabled administrator exists and RENTAN_ADMIN_PASSWORD is not set: nobody can log in to "
                    + "administer Rentan. Set RENTAN_ADMIN_PASSWORD (and optionally RENTAN_ADMIN_USERNAME) and restart.");
            return;
        }
        String username = UserAccount.normalizeUsername(adminUsername);
        if (users.findByUsername(username).isPresent()) {
            LOG.severe(() -> "No enabled administrator exists, and the account '" + username
                    + "' exists but is not an enabled administrator; fix it or choose another RENTAN_ADMIN_USERNAME.");
            return;
        }
        policy.check(username, adminPassword.get());
        UserAccount admin = UserAccount.create(username, "Administrator", Role.ADMIN, null,
                hasher.hash(adminPassword.get().toCharArray()), true, clock.now());
        users.add(admin);
        audit.record("FIRST_ADMIN_CREATED", "UserAccount", username, null, admin.snapshot());
        LOG.info(() -> "Created the first administrator '" + username + "'; they must change the password at first login.");
    }
}
