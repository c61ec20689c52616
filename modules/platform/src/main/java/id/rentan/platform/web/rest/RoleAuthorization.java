package id.rentan.platform.web.rest;

import id.rentan.platform.application.security.AccountDirectory;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Deny by default for the REST API: every resource method must say who may call it. {@code @RolesAllowed} (on the
 * method, else on the class) lets those roles in; {@code @PermitAll} lets in any logged-in user; a method with
 * neither, or with {@code @DenyAll}, is refused to everybody. Without credentials the answer is 401, with the
 * wrong role 403, both as problem-JSON.
 */
@Provider
public class RoleAuthorization implements DynamicFeature {

    @Inject
    ProblemResponses problems;

    @Inject
    AccountDirectory accounts;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        context.register(new Check(problems, accounts, allowedRoles(method, type)));
    }

    /**
     * The roles that may call a method: {@code null} for any logged-in user, an empty list for nobody.
     */
    static List<String> allowedRoles(Method method, Class<?> type) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.asList(method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (type.isAnnotationPresent(DenyAll.class)) {
            return List.of();
        }
        if (type.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.asList(type.getAnnotation(RolesAllowed.class).value());
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        return List.of();
    }

    /** The check registered for one resource method. */
    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final ProblemResponses problems;
        private final AccountDirectory accounts;
        private final List<String> roles;

        Check(ProblemResponses problems, AccountDirectory accounts, List<String> roles) {
            this.problems = problems;
            this.accounts = accounts;
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            HttpHeaders headers = new RequestHeaders(request);
            if (security.getUserPrincipal() == null) {
                request.abortWith(problems.simple(401, "auth.api.required", headers, request.getUriInfo()));
                return;
            }
            boolean mustChange = accounts.lookup(security.getUserPrincipal().getName())
                    .map(AccountDirectory.Entry::mustChangePassword).orElse(false);
            if (mustChange) {
                // an administrator chose this password: the user must replace it (on the screen) before using it
                request.abortWith(problems.simple(403, "auth.api.mustChangePassword", headers, request.getUriInfo()));
                return;
            }
            if (roles == null) {
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(problems.simple(403, "error.403.detail", headers, request.getUriInfo()));
            }
        }
    }
}
