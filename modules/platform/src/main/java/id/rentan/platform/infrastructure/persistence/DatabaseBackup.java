package id.rentan.platform.infrastructure.persistence;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Online backup of the embedded H2 database: a consistent ZIP of the database file written by H2's
 * {@code BACKUP TO} while the application keeps running, into {@code rentan.backup.dir} (default
 * {@code <data>/backups}). Restore is offline: see docs/operations.md. With PostgreSQL, backups are the database
 * administrator's ({@code pg_dump}); this refuses with a message saying so.
 */
@ApplicationScoped
public class DatabaseBackup {

    /** A backup file. */
    public record BackupFile(String name, long bytes, LocalDateTime createdAt) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    DataSource dataSource;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "rentan.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "rentan.backup.dir")
    java.util.Optional<String> backupDir;

    public Path directory() {
        return Path.of(backupDir.orElse(Path.of(dataDir, "backups").toString())).toAbsolutePath().normalize();
    }

    /** Writes a backup now and returns it. */
    public BackupFile backupNow() {
        Path dir = directory();
        Path target = dir.resolve("rentan-" + STAMP.format(clock.now()) + ".zip");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("h2")) {
                throw new BusinessException("backup.notH2");
            }
            Files.createDirectories(dir);
            try (PreparedStatement backup = c.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, target.toString());
                backup.execute();
            }
            return describe(target);
        } catch (SQLException e) {
            throw new BusinessException("backup.failed", e.getMessage());
        } catch (IOException e) {
            throw new BusinessException("backup.failed", e.getMessage());
        }
    }

    /** Existing backups, newest first. */
    public List<BackupFile> list() {
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("rentan-\\d{8}-\\d{6}\\.zip"))
                    .map(this::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ZoneId zone() {
        return clock.zone();
    }
}
