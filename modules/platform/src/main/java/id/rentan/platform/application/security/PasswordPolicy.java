package id.rentan.platform.application.security;

import id.rentan.platform.api.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * What a password must be: at least {@code rentan.security.password.min-length} characters (default 8), at least
 * one letter and one digit, at most 128 characters, and not the user name.
 */
@ApplicationScoped
public class PasswordPolicy {

    @Inject
    @ConfigProperty(name = "rentan.security.password.min-length", defaultValue = "8")
    int minLength;

    public void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new BusinessException("password.tooShort", minLength);
        }
        if (password.length() > 128) {
            throw new BusinessException("password.tooLong", 128);
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessException("password.letterAndDigit");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.containsUsername");
        }
    }
}
