package id.rentan.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One upload of an OPD's spreadsheet, dry run or committed, with its counts. The rows' outcomes are kept with it
 * (accepted rows as participants carrying the import id and line, the others as import rows) so its report can be
 * downloaded later and an auditor can see where every candidate came from.
 */
@Entity
@Table(name = "import_batch", schema = "participants")
public class ImportBatch {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "opd_code", nullable = false, length = 30)
    private String opdCode;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "accepted", nullable = false)
    private int accepted;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    @Column(name = "duplicates", nullable = false)
    private int duplicates;

    @Column(name = "warnings", nullable = false)
    private int warnings;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 50)
    private String createdBy;

    protected ImportBatch() {
        // for JPA
    }

    public Long id() { return id; }
    public String opdCode() { return opdCode; }
    public String fileName() { return fileName; }
    public String fileSha256() { return fileSha256; }
    public long fileBytes() { return fileBytes; }
    public boolean dryRun() { return dryRun; }
    public int total() { return total; }
    public int accepted() { return accepted; }
    public int rejected() { return rejected; }
    public int duplicates() { return duplicates; }
    public int warnings() { return warnings; }
    public long durationMs() { return durationMs; }
    public LocalDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
