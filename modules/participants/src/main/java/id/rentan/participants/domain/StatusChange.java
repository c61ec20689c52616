package id.rentan.participants.domain;

import id.rentan.participants.api.ParticipantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of a participant's lifecycle: from which status to which, effective on which day, who did it, when
 * and why. Written once, never changed; the participant's history screen lists them.
 */
@Entity
@Table(name = "status_change", schema = "participants")
public class StatusChange implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "status_change_seq", schema = "participants", sequenceName = "status_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12, updatable = false)
    private ParticipantStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 12, updatable = false)
    private ParticipantStatus toStatus;

    @Column(name = "effective_date", nullable = false, updatable = false)
    private LocalDate effectiveDate;

    @Column(name = "reason", length = 300, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 50, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    /** The participant's cover before this change (not stored: the coverage figures are adjusted by the difference). */
    @Transient
    private transient CoverSpan coverBefore;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(Long participantId, ParticipantStatus from, ParticipantStatus to, LocalDate effectiveDate,
                 String reason, String changedBy, LocalDateTime changedAt) {
        this.participantId = participantId;
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    StatusChange coverBefore(CoverSpan span) {
        this.coverBefore = span;
        return this;
    }

    /** The participant's cover before this change, {@code null} when it had none (see {@link CoverSpan}). */
    public CoverSpan coverBefore() { return coverBefore; }

    public Long id() { return id; }
    public Long participantId() { return participantId; }
    public ParticipantStatus fromStatus() { return fromStatus; }
    public ParticipantStatus toStatus() { return toStatus; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public String reason() { return reason; }
    public String changedBy() { return changedBy; }
    public LocalDateTime changedAt() { return changedAt; }
}
