package id.rentan.platform.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, under {@code /api/v1}. Every resource of every module is found by scanning; each one says which
 * roles may call it (see {@link RoleAuthorization}). The OpenAPI document is served at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Rentan API", version = "1",
                description = "City-funded BPJS Ketenagakerjaan JKK + JKM cover for vulnerable workers. "
                        + "HTTP Basic with the same accounts as the screens; errors are problem-JSON (RFC 9457).",
                contact = @Contact(name = "Disperinaker")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
