package id.rentan.participants.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The participants module's facade for other modules (claims, funding, reporting). Lookups apply the caller's OPD
 * scope; changes are recorded in the participant's history and the audit log.
 */
public interface ParticipantDirectory {

    Optional<ParticipantSummary> byId(long id);

    /** The participant that currently holds an enrolment for the NIK (V-06), or the latest one that did. */
    Optional<ParticipantSummary> byNik(String nik);

    Optional<ParticipantSummary> byKpj(String kpj);

    /** A death recorded by a claim: the participant becomes DECEASED as of the date. */
    ParticipantSummary markDeceased(long participantId, LocalDate dateOfDeath);
}
