package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.application.StartupTasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Turns an empty database into a working one at start-up, then runs the start-up tasks (demo accounts and data, or
 * the first administrator) before the application serves any request. Each module owns a schema of its own and its Flyway migrations in {@code db/migration/<module>}, plus
 * vendor-specific ones in {@code db/vendor/<h2|postgresql>/<module>}; modules migrate in their declared order,
 * the platform first.
 *
 * <p>The datasource {@code java:app/jdbc/rentan} is defined here. Every attribute comes from MicroProfile Config
 * ({@code app.db.*}) as environment variables ({@code APP_DB_URL}...) or system properties: Payara resolves them
 * before the application's own config file is read, so {@code server-config/start.sh} passes the embedded H2
 * defaults as system properties when the variables are absent. See docs/operations.md for PostgreSQL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "${MPCONFIG=app.db.datasource-class}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
        })
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/rentan";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    private Instance<ModuleDescriptor> modules;

    @Inject
    private StartupTasks startupTasks;

    private volatile boolean migrated;

    @PostConstruct
    void start() {
        migrate();
        startupTasks.run();
    }

    /** Migrates every module's schema, in module order. */
    void migrate() {
        String vendor = vendor();
        List<ModuleDescriptor> ordered = modules.stream()
                .sorted(Comparator.comparingInt(ModuleDescriptor::order))
                .toList();
        for (ModuleDescriptor module : ordered) {
            // the schema name in the database's own case, so that unquoted SQL and JPA find it
            String schema = "h2".equals(vendor) ? module.schema().toUpperCase(Locale.ROOT) : module.schema();
            MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .createSchemas(true)
                    .table("flyway_schema_history")
                    .locations("classpath:" + module.migrationLocation(),
                            "classpath:db/vendor/" + vendor + "/" + module.name())
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            LOG.info(() -> "Schema '" + schema + "': " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + result.targetSchemaVersion);
        }
        migrated = true;
    }

    /** Whether every module's schema is migrated (the readiness health check asks). */
    public boolean isMigrated() {
        return migrated;
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("Unsupported database: " + product + " (use H2 or PostgreSQL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database " + DATASOURCE + ": " + e.getMessage(), e);
        }
    }
}
