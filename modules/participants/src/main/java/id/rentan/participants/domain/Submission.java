package id.rentan.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * A batch of verified participants sent to BPJS together, with the month their cover is planned to start. BPJS
 * works from its export (the fields it needs) and answers with registration results.
 */
@Entity
@Table(name = "submission", schema = "participants")
public class Submission {

    @Id
    @SequenceGenerator(name = "submission_seq", schema = "participants", sequenceName = "submission_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    private Long id;

    @Column(name = "planned_start", nullable = false, updatable = false)
    private LocalDate plannedStart;

    @Column(name = "participant_count", nullable = false)
    private int participantCount;

    @Column(name = "refused_count", nullable = false)
    private int refusedCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    protected Submission() {
        // for JPA
    }

    public Submission(YearMonth plannedStart, String createdBy, LocalDateTime createdAt) {
        this.plannedStart = plannedStart.atDay(1);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void counted(int submitted, int refused) {
        this.participantCount = submitted;
        this.refusedCount = refused;
    }

    public Long id() { return id; }
    public YearMonth plannedStart() { return YearMonth.from(plannedStart); }
    public int participantCount() { return participantCount; }
    public int refusedCount() { return refusedCount; }
    public LocalDateTime createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
}
