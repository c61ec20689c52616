package id.rentan.platform.application.security;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks user names and passwords for the identity store, counts failures and locks an account after
 * {@code rentan.security.lockout.attempts} failures in a row (default 5) for
 * {@code rentan.security.lockout.minutes} (default 15). Failed logins and locks are always audited; successful
 * logins are audited for the web (not for every REST request, which authenticates each time).
 *
 * <p>Runs in a transaction of its own so the failure count is kept even though the login itself fails.
 */
@ApplicationScoped
public class AuthenticationService {

    /** Where the credentials came from. */
    public enum Channel { WEB, API }

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    @Inject
    AccountDirectory directory;

    @Inject
    @ConfigProperty(name = "rentan.security.lockout.attempts", defaultValue = "5")
    int lockoutAttempts;

    @Inject
    @ConfigProperty(name = "rentan.security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuthenticationOutcome authenticate(String username, char[] password, Channel channel) {
        LocalDateTime now = clock.now();
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> found = users.findByUsername(name);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.recordAs(safeName(name), "LOGIN_FAILED", "UserAccount", null, null,
                    Map.of("reason", "UNKNOWN_USER", "channel", channel.name()));
            return AuthenticationOutcome.invalid();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            audit.recordAs(name, "LOGIN_REFUSED_LOCKED", "UserAccount", name, null,
                    Map.of("lockedUntil", account.lockedUntil().toString(), "channel", channel.name()));
            return AuthenticationOutcome.locked(account.lockedUntil());
        }
        if (!hasher.verify(password, account.passwordHash())) {
            boolean lockedNow = account.recordFailedLogin(now, lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
            audit.recordAs(name, "LOGIN_FAILED", "UserAccount", name, null,
                    Map.of("reason", "WRONG_PASSWORD", "channel", channel.name()));
            if (lockedNow) {
                audit.recordAs(name, "ACCOUNT_LOCKED", "UserAccount", name, null,
                        Map.of("lockedUntil", account.lockedUntil().toString(),
                                "failedAttempts", lockoutAttempts));
                directory.forget(name);
                return AuthenticationOutcome.locked(account.lockedUntil());
            }
            return AuthenticationOutcome.invalid();
        }
        if (!account.isEnabled()) {
            audit.recordAs(name, "LOGIN_REFUSED_DISABLED", "UserAccount", name, null, Map.of("channel", channel.name()));
            return AuthenticationOutcome.disabled();
        }
        account.recordSuccessfulLogin(now);
        if (channel == Channel.WEB) {
            audit.recordAs(name, "LOGIN", "UserAccount", name, null, Map.of("channel", channel.name()));
        }
        Caller caller = new Caller(account.username(), Set.of(account.role()), account.opdCode());
        return AuthenticationOutcome.success(caller, account.mustChangePassword());
    }

    private static String safeName(String name) {
        return name.isEmpty() ? "anonymous" : name.length() > 50 ? name.substring(0, 50) : name;
    }
}
