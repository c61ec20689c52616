package id.rentan.platform.application;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.infrastructure.persistence.DatabaseBackup;
import id.rentan.platform.infrastructure.persistence.DatabaseBackup.BackupFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** Backups of the embedded database, for administrators (screen, API, cron), each one audited. */
@ApplicationScoped
public class BackupService {

    @Inject
    DatabaseBackup backup;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    public BackupFile backupNow() {
        callers.require(Role.ADMIN);
        BackupFile file = backup.backupNow();
        audit.recordIndependently("BACKUP_CREATED", "Database", file.name(), null,
                Map.of("file", file.name(), "bytes", file.bytes(), "directory", backup.directory().toString()));
        return file;
    }

    public List<BackupFile> list() {
        callers.require(Role.ADMIN);
        return backup.list();
    }

    public String directory() {
        callers.require(Role.ADMIN);
        return backup.directory().toString();
    }
}
