package id.rentan.platform.web.security;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.application.security.AccountDirectory;
import id.rentan.platform.application.security.AuthenticationOutcome;
import id.rentan.platform.application.security.AuthenticationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The database identity store: user names and PBKDF2 password hashes in {@code platform.app_user}, with lockout
 * (see {@link AuthenticationService}). The caller's groups are its role.
 *
 * <p>REST clients send their password with every request; checking PBKDF2 each time would cost ~0.2 s per call. A
 * successful check is therefore remembered for a few minutes as a salted SHA-256 of the password (in memory only,
 * never stored), and forgotten as soon as the account changes.
 */
@ApplicationScoped
public class RentanIdentityStore implements IdentityStore {

    private static final long REMEMBER_NANOS = 5L * 60 * 1_000_000_000L;

    private record Remembered(String digest, long until, long stamp) {
    }

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountDirectory directory;

    @Inject
    AuthenticationChannel channel;

    public RentanIdentityStore() {
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller() == null ? "" : upc.getCaller().trim().toLowerCase(java.util.Locale.ROOT);
        char[] password = upc.getPassword().getValue();
        boolean api = channel.isApi();

        if (api) {
            CredentialValidationResult fast = rememberedResult(username, password);
            if (fast != null) {
                return fast;
            }
        }
        long stamp = directory.stamp();
        AuthenticationOutcome outcome = authentication.authenticate(username, password,
                api ? AuthenticationService.Channel.API : AuthenticationService.Channel.WEB);
        channel.outcome(outcome);
        if (!outcome.isSuccess()) {
            remembered.remove(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (api) {
            remembered.put(username, new Remembered(digest(password), System.nanoTime() + REMEMBER_NANOS, stamp));
        }
        return resultFor(outcome.caller());
    }

    private CredentialValidationResult rememberedResult(String username, char[] password) {
        Remembered r = remembered.get(username);
        if (r == null || System.nanoTime() - r.until() > 0 || directory.isRevoked(username, r.stamp())
                || !MessageDigest.isEqual(r.digest().getBytes(StandardCharsets.US_ASCII),
                digest(password).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return directory.lookup(username)
                .filter(AccountDirectory.Entry::enabled)
                .map(e -> resultFor(e.caller()))
                .orElse(null);
    }

    private static CredentialValidationResult resultFor(Caller caller) {
        Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(caller.username(), groups);
    }

    private String digest(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
