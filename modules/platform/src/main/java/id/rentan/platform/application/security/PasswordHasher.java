package id.rentan.platform.application.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;

/**
 * PBKDF2 password hashing through Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2WithHmacSHA512, a 32-byte
 * random salt per password and {@code rentan.security.pbkdf2.iterations} iterations (default 210,000, the OWASP
 * recommendation for SHA-512). The stored form carries algorithm, iterations and salt, so raising the iteration
 * count later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "rentan.security.pbkdf2.iterations", defaultValue = "210000")
    int iterations;

    /** A hash of a password nobody has, verified when the user name is unknown so that timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }

    /** Spends the same time as a real verification, for unknown user names. */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }
}
