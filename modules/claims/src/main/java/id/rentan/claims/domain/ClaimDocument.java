package id.rentan.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * An item of a claim's document checklist (section 7): ticked when seen, optionally with a scanned file (PDF, JPG or
 * PNG) stored with its SHA-256 checksum. The file's bytes live in {@link ClaimFile}.
 */
@Entity
@Table(name = "claim_document", schema = "claims")
public class ClaimDocument {

    @Id
    @SequenceGenerator(name = "claim_document_seq", schema = "claims", sequenceName = "claim_document_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_document_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, updatable = false, length = 30)
    private DocumentType type;

    @Column(name = "checked", nullable = false)
    private boolean checked;

    @Column(name = "checked_by", length = 50)
    private String checkedBy;

    @Column(name = "checked_at")
    private LocalDateTime checkedAt;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "content_type", length = 50)
    private String contentType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "sha256", length = 64)
    private String sha256;

    protected ClaimDocument() {
    }

    ClaimDocument(Claim claim, DocumentType type) {
        this.claim = claim;
        this.type = type;
    }

    void check(boolean value, String by, LocalDateTime at) {
        this.checked = value;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    void attach(long fileId, String name, String contentType, long size, String sha256, String by,
                LocalDateTime at) {
        this.fileId = fileId;
        this.fileName = name;
        this.contentType = contentType;
        this.fileSize = size;
        this.sha256 = sha256;
        check(true, by, at);
    }

    public Long id() {
        return id;
    }

    public DocumentType type() {
        return type;
    }

    public boolean checked() {
        return checked;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public LocalDateTime checkedAt() {
        return checkedAt;
    }

    public Long fileId() {
        return fileId;
    }

    public boolean hasFile() {
        return fileId != null;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public Long fileSize() {
        return fileSize;
    }

    public String sha256() {
        return sha256;
    }
}
