package id.rentan.platform.api.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request: user name, roles and, for an OPD operator, the OPD it is bound to.
 *
 * @param username the login name, or {@code "system"} for work the application does on its own
 * @param roles    the caller's roles (empty for an anonymous caller)
 * @param opdCode  the OPD of an {@link Role#OPD_OPERATOR}, else {@code null}
 */
public record Caller(String username, Set<Role> roles, String opdCode) implements Serializable {

    public static final String SYSTEM_NAME = "system";
    public static final String ANONYMOUS_NAME = "anonymous";

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Caller system() {
        return new Caller(SYSTEM_NAME, Set.of(), null);
    }

    public static Caller anonymous() {
        return new Caller(ANONYMOUS_NAME, Set.of(), null);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAuthenticated() {
        return !roles.isEmpty();
    }

    public Optional<String> opd() {
        return Optional.ofNullable(opdCode);
    }
}
