package id.rentan.platform.application.security;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.domain.account.UserAccount;
import id.rentan.platform.domain.account.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a logged-in user name is right now (role, OPD, enabled), cached in memory so that every request does not go
 * to the database. Account changes call {@link #forget(String)}; the change also bumps a revocation stamp that the
 * authentication mechanism compares with the one in the user's session, so a disabled user, a changed role or a
 * reset password ends existing sessions at their next request.
 *
 * <p>Single node: in a cluster, the cache and the stamps must be shared (see docs/operations.md).
 */
@ApplicationScoped
public class AccountDirectory {

    /** A cached account: the caller it stands for, and whether it may still work. */
    public record Entry(Caller caller, boolean enabled, boolean mustChangePassword) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Long> revocations = new ConcurrentHashMap<>();

    @Inject
    UserAccountRepository users;

    /** The account behind a user name, or empty if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Entry> lookup(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Entry cached = cache.get(username);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Entry> loaded = users.findByUsername(username).map(AccountDirectory::entryOf);
        loaded.ifPresent(e -> cache.put(username, e));
        return loaded;
    }

    /** Drops the cached account (it will be read again) without ending the user's sessions. */
    public void refresh(String username) {
        cache.remove(username);
    }

    /** Drops the cached account and revokes the sessions logged in before now. */
    public void forget(String username) {
        cache.remove(username);
        revocations.put(username, System.nanoTime());
    }

    /** A stamp to keep in a new session; compare it later with {@link #isRevoked(String, long)}. */
    public long stamp() {
        return System.nanoTime();
    }

    /** Whether the account changed (disabled, locked, role, password) after the session holding this stamp began. */
    public boolean isRevoked(String username, long sessionStamp) {
        Long revokedAt = revocations.get(username);
        return revokedAt != null && revokedAt - sessionStamp > 0;
    }

    private static Entry entryOf(UserAccount account) {
        return new Entry(new Caller(account.username(), Set.of(account.role()), account.opdCode()),
                account.isEnabled(), account.mustChangePassword());
    }
}
