package id.rentan.participants.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Consumer;
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

    /**
     * Premium arrears found by funding (section 4, CL-01): with no unpaid month a participant in GRACE is ACTIVE
     * again; with unpaid months an ACTIVE one enters GRACE; beyond the grace period (a dated parameter, 3 months)
     * it LAPSES. Any other status is left alone. Recorded in the history and the audit log.
     *
     * @param participantId participant
     * @param unpaidMonths  covered months without a paid invoice 30 days after their end
     * @param since         the first of those months, or {@code null} when there is none
     * @return the status after the change
     */
    ParticipantStatus applyArrears(long participantId, int unpaidMonths, YearMonth since);

    /**
     * Every participant whose cover runs now (ACTIVE or GRACE), in id order, for work over the whole programme (a
     * new fiscal year's commitments). Applies the caller's OPD scope.
     */
    void forEachCovered(Consumer<ParticipantSummary> consumer);
}
