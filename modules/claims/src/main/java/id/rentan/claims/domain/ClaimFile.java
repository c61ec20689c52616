package id.rentan.claims.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * The bytes of a scanned claim document, kept in the database (backed up and restored with everything else) and
 * never changed: a new scan is a new file. Only its checklist item refers to it.
 */
@Entity
@Table(name = "claim_file", schema = "claims")
public class ClaimFile {

    @Id
    @SequenceGenerator(name = "claim_file_seq", schema = "claims", sequenceName = "claim_file_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_file_seq")
    private Long id;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Column(name = "content_type", nullable = false, updatable = false, length = 50)
    private String contentType;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 50)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected ClaimFile() {
    }

    public ClaimFile(long claimId, ScannedFile file, String by, LocalDateTime at) {
        this.claimId = claimId;
        this.contentType = file.contentType();
        this.sha256 = file.sha256();
        this.content = file.content();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public long claimId() {
        return claimId;
    }

    public String contentType() {
        return contentType;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }
}
