package id.rentan.platform.domain.account;

import id.rentan.platform.api.security.Role;

import java.io.Serializable;

/**
 * Filters of the user list; {@code null} fields do not filter.
 *
 * @param text    part of the user name or full name
 * @param role    one role
 * @param opdCode one OPD
 * @param enabled only enabled (true) or only disabled (false) accounts
 */
public record UserFilter(String text, Role role, String opdCode, Boolean enabled) implements Serializable {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}
