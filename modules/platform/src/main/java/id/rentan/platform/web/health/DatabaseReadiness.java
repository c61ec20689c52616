package id.rentan.platform.web.health;

import id.rentan.platform.infrastructure.persistence.DatabaseMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when every schema is migrated and the database answers within two seconds ({@code /health/ready}). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    DatabaseMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migrator.isMigrated();
        boolean reachable;
        String error = null;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException e) {
            reachable = false;
            error = e.getMessage();
        }
        return HealthCheckResponse.named("database")
                .status(migrated && reachable)
                .withData("migrated", migrated)
                .withData("reachable", reachable)
                .withData("error", error == null ? "" : error)
                .build();
    }
}
