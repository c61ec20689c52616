package id.rentan.participants.domain;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.DataScope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Stores participants and their status history. Every list, count and export takes the caller's
 * {@link DataScope} (an OPD operator sees its own OPD only) and the statuses the caller's role may see.
 */
public interface ParticipantRepository {

    Optional<Participant> find(long id);

    default Participant get(long id) {
        return find(id).orElseThrow(() -> BusinessException.notFound("participant.notFound", id));
    }

    /** Locks the participant's row for an update (no concurrent transitions of the same participant). */
    Participant lock(long id);

    /** Adds a new participant; a second enrolment of the same NIK is refused by the unique key (V-06). */
    Participant add(Participant participant);

    void addChange(StatusChange change);

    List<StatusChange> history(long participantId);

    /** V-06: the status of the participant that holds an enrolment for this NIK, if any. */
    Optional<ParticipantStatus> holderOf(String nik);

    /** V-06 for many NIKs at once (imports): NIK to the status that holds it. */
    Map<String, ParticipantStatus> holdersOf(Collection<String> niks);

    Optional<Participant> findHolding(String nik);

    /** The latest participant ever recorded with the NIK (whatever its status). */
    Optional<Participant> findLatestByNik(String nik);

    Optional<Participant> findByKpj(String kpj);

    Page<ParticipantSummary> search(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible,
                                    LocalDate today, PageRequest page);

    /** Streams every matching participant, oldest first, in chunks (exports): read-only, never change them. */
    void forEach(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today,
                 Consumer<Participant> consumer);

    long count(ParticipantFilter filter, DataScope scope, Set<ParticipantStatus> visible, LocalDate today);

    /** Counts per status, in the scope (home page, dashboards). */
    Map<ParticipantStatus, Long> countByStatus(DataScope scope);

    /** Ids of verified participants, optionally only among the given ids, in id order. */
    List<Long> verifiedIds(Collection<Long> among);

    Submission addSubmission(Submission submission);

    Optional<Submission> findSubmission(long id);

    Page<Submission> submissions(PageRequest page);

    List<ImportBatch> imports(DataScope scope, int max);

    Optional<ImportBatch> findImport(long id);
}
