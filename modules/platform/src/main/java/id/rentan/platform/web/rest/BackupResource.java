package id.rentan.platform.web.rest;

import id.rentan.platform.api.security.Role;
import id.rentan.platform.application.BackupService;
import id.rentan.platform.infrastructure.persistence.DatabaseBackup.BackupFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Online backups of the embedded H2 database (ADMIN), e.g. from cron: {@code POST /api/v1/admin/backups}. */
@Path("v1/admin/backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.ADMIN)
@Tag(name = "Operations")
public class BackupResource {

    @Inject
    BackupService backups;

    @POST
    @Operation(summary = "Writes a consistent backup ZIP of the embedded database now (H2 only)")
    public Response backupNow() {
        return Response.status(Response.Status.CREATED).entity(backups.backupNow()).build();
    }

    @GET
    @Operation(summary = "The backups on the server, newest first")
    public List<BackupFile> list() {
        return backups.list();
    }
}
