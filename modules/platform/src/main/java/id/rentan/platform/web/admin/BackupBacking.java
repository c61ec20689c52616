package id.rentan.platform.web.admin;

import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.application.BackupService;
import id.rentan.platform.infrastructure.persistence.DatabaseBackup.BackupFile;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The backup screen (ADMIN): write a backup of the embedded database now, and see the backups kept. */
@Named
@ViewScoped
public class BackupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BackupService backups;

    @Inject
    Messages messages;

    private List<BackupFile> files;
    private String directory;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        files = backups.list();
        directory = backups.directory();
    }

    public void backupNow() {
        BackupFile file = backups.backupNow();
        messages.info("backup.created", file.name());
        load();
    }

    public List<BackupFile> getFiles() {
        return files;
    }

    public String getDirectory() {
        return directory;
    }
}
