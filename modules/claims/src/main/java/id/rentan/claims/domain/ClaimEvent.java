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

/** One step of a claim's history: who did what, when, and why. Append-only. */
@Entity
@Table(name = "claim_event", schema = "claims")
public class ClaimEvent {

    @Id
    @SequenceGenerator(name = "claim_event_seq", schema = "claims", sequenceName = "claim_event_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Column(name = "action", nullable = false, updatable = false, length = 40)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 25)
    private ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 25)
    private ClaimStatus toStatus;

    @Column(name = "note", updatable = false, length = 1000)
    private String note;

    @Column(name = "done_by", nullable = false, updatable = false, length = 50)
    private String doneBy;

    @Column(name = "done_at", nullable = false, updatable = false)
    private LocalDateTime doneAt;

    protected ClaimEvent() {
    }

    ClaimEvent(Claim claim, String action, ClaimStatus from, ClaimStatus to, String note, String by,
               LocalDateTime at) {
        this.claim = claim;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.note = note == null ? null : (note.length() > 1000 ? note.substring(0, 1000) : note);
        this.doneBy = by;
        this.doneAt = at;
    }

    public Long id() {
        return id;
    }

    /** e.g. {@code CLAIM_REPORTED}, {@code DOCUMENT_CHECKED}. */
    public String action() {
        return action;
    }

    public ClaimStatus fromStatus() {
        return fromStatus;
    }

    public ClaimStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }

    public String doneBy() {
        return doneBy;
    }

    public LocalDateTime doneAt() {
        return doneAt;
    }
}
