package id.rentan.participants.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What happened to participants, as CDI events fired in the transaction of the change. Other modules observe them
 * after commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}).
 */
public final class ParticipantEvents {

    private ParticipantEvents() {
    }

    /**
     * Verified participants were sent to BPJS in a batch.
     *
     * @param submissionId   the batch
     * @param participantIds who was submitted
     * @param plannedStart   the month cover is planned to start
     */
    public record Submitted(long submissionId, List<Long> participantIds, YearMonth plannedStart) {
    }

    /**
     * BPJS registered a participant: cover starts on a date.
     *
     * @param participantId  participant
     * @param kpj            BPJS membership number
     * @param coverageStart  first day of cover
     */
    public record Registered(long participantId, String kpj, LocalDate coverageStart) {
    }

    /**
     * BPJS refused a submitted participant.
     *
     * @param participantId participant
     */
    public record RegistrationRefused(long participantId) {
    }

    /**
     * A participant left the programme (terminated or deceased) on a date.
     *
     * @param participantId participant
     * @param status        {@code TERMINATED} or {@code DECEASED}
     * @param lastDay       the last day of cover
     */
    public record Left(long participantId, ParticipantStatus status, LocalDate lastDay) {
    }
}
