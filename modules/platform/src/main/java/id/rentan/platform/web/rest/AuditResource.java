package id.rentan.platform.web.rest;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.application.audit.AuditService;
import id.rentan.platform.domain.audit.AuditFilter;
import id.rentan.platform.domain.audit.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The audit log, newest first, paged and filtered: ADMIN and AUDITOR. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
@Tag(name = "Audit")
public class AuditResource {

    /**
     * One audit entry; {@code before} and {@code after} are JSON text.
     *
     * @param id            entry id
     * @param occurredAt    when (city time)
     * @param username      who
     * @param action        what
     * @param entityType    kind of thing
     * @param entityId      which one
     * @param before        state before (JSON)
     * @param after         state after (JSON)
     * @param clientAddress client IP address
     */
    public record Entry(long id, LocalDateTime occurredAt, String username, String action, String entityType,
                        String entityId, String before, String after, String clientAddress) {
        static Entry of(AuditRecord r) {
            return new Entry(r.id(), r.occurredAt(), r.username(), r.action(), r.entityType(), r.entityId(),
                    r.beforeJson(), r.afterJson(), r.clientAddress());
        }
    }

    @Inject
    AuditService audit;

    @GET
    @Operation(summary = "Audit entries, newest first (ADMIN, AUDITOR)")
    public Page<Entry> search(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("user") String user, @QueryParam("action") String action,
                              @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw new BusinessException("error.page.invalid", page);
        }
        AuditFilter filter = new AuditFilter(date(from), date(to), user, action, entityType, entityId);
        return audit.search(filter, PageRequest.of(page, size)).map(Entry::of);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException("error.date.invalid", value);
        }
    }
}
