package id.rentan.platform.web.rest;

import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Who am I: {@code GET /api/v1/me}. */
@Path("v1/me")
@RequestScoped
@Tag(name = "Account")
public class MeResource {

    /**
     * The caller.
     *
     * @param username login name
     * @param roles    role names
     * @param opd      OPD code of an OPD operator, else {@code null}
     */
    public record Me(String username, List<String> roles, String opd) {
    }

    @Inject
    CallerContext callers;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's user name, roles and OPD")
    public Me me() {
        Caller caller = callers.caller();
        return new Me(caller.username(), caller.roles().stream().map(Enum::name).sorted().toList(), caller.opdCode());
    }
}
