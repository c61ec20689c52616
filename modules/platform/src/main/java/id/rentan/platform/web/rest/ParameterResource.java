package id.rentan.platform.web.rest;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.param.ParameterService;
import id.rentan.platform.domain.param.ParameterTimeline;
import id.rentan.platform.domain.param.ParameterVersion;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The dated parameters: read by every role, new versions by ADMIN. */
@Path("v1/parameters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parameters")
public class ParameterResource {

    /**
     * One version of a parameter.
     *
     * @param id         version id
     * @param value      the number (unit in the parameter)
     * @param validFrom  first day
     * @param validTo    last day, or {@code null} when open-ended
     * @param legalBasis the regulation
     */
    public record VersionJson(long id, BigDecimal value, LocalDate validFrom, LocalDate validTo, String legalBasis) {
        static VersionJson of(ParameterVersion v) {
            return new VersionJson(v.id(), v.value(), v.validFrom(), v.validTo(), v.legalBasis());
        }
    }

    /**
     * A parameter with its value on the asked date and every version.
     *
     * @param code     parameter code
     * @param unit     what the number means
     * @param rule     the business rule it belongs to
     * @param date     the date asked for
     * @param value    the value on that date, or {@code null} if none
     * @param versions every version, oldest first
     */
    public record ParameterJson(String code, String unit, String rule, LocalDate date, BigDecimal value,
                                List<VersionJson> versions) {
    }

    /**
     * A new version.
     *
     * @param value      the new number
     * @param validFrom  first day it applies
     * @param legalBasis the regulation
     */
    public record NewVersion(@NotNull BigDecimal value, @NotNull LocalDate validFrom, @NotBlank String legalBasis) {
    }

    @Inject
    ParameterService parameters;

    @Inject
    BusinessClock clock;

    @GET
    @PermitAll
    @Operation(summary = "Every parameter with its value on a date (default today) and its versions")
    public List<ParameterJson> all(@QueryParam("date") String date) {
        LocalDate on = date(date);
        return parameters.timelines().stream().map(t -> json(t, on)).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(summary = "One parameter with its value on a date (default today) and its versions")
    public ParameterJson one(@PathParam("code") String code, @QueryParam("date") String date) {
        return json(parameters.timeline(code(code)), date(date));
    }

    @POST
    @Path("{code}/versions")
    @RolesAllowed(Role.Names.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a version from a date; the version in force then ends the day before (ADMIN)")
    public Response addVersion(@PathParam("code") String code, @Valid @NotNull NewVersion body) {
        ParameterCode parameterCode = code(code);
        parameters.addVersion(parameterCode, body.value(), body.validFrom(), body.legalBasis());
        return Response.status(Response.Status.CREATED)
                .entity(json(parameters.timeline(parameterCode), body.validFrom()))
                .build();
    }

    private static ParameterJson json(ParameterTimeline t, LocalDate on) {
        return new ParameterJson(t.code().name(), t.code().unit().name(), t.code().rule(), on,
                t.versionOn(on).map(ParameterVersion::value).orElse(null),
                t.versions().stream().map(VersionJson::of).toList());
    }

    private static ParameterCode code(String code) {
        try {
            return ParameterCode.valueOf(code.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw BusinessException.notFound("param.unknown", code);
        }
    }

    private LocalDate date(String date) {
        if (date == null || date.isBlank()) {
            return clock.today();
        }
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new BusinessException("error.date.invalid", date);
        }
    }
}
