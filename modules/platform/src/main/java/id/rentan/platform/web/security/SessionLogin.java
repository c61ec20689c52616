package id.rentan.platform.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the HTTP session remembers of a form login: the user, their groups (roles) and when the session began,
 * compared with the account's revocation stamp on every request.
 */
public record SessionLogin(String username, Set<String> groups, long stamp) implements Serializable {

    public static final String ATTRIBUTE = "rentan.login";

    public SessionLogin {
        groups = Set.copyOf(groups);
    }
}
