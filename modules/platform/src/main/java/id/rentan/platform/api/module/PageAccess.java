package id.rentan.platform.api.module;

import id.rentan.platform.api.security.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which roles may open the pages under a path: either one view ({@code /admin/users.xhtml}) or a folder
 * ({@code /participants/}). The most specific rule wins.
 *
 * @param path  a view id or a folder ending in {@code /}
 * @param roles the roles allowed
 */
public record PageAccess(String path, Set<Role> roles) {

    public PageAccess {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("page path must start with '/': " + path);
        }
        roles = Set.copyOf(roles);
    }

    public static PageAccess of(String path, Role first, Role... rest) {
        return new PageAccess(path, EnumSet.of(first, rest));
    }

    public static PageAccess anyRole(String path) {
        return new PageAccess(path, EnumSet.allOf(Role.class));
    }

    public boolean isFolder() {
        return path.endsWith("/");
    }

    public boolean covers(String viewId) {
        return isFolder() ? viewId.startsWith(path) : viewId.equals(path);
    }
}
