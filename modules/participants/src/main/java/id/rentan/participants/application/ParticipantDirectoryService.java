package id.rentan.participants.application;

import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantRepository;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.Optional;

/** {@link ParticipantDirectory} over the registry, for other modules. */
@ApplicationScoped
public class ParticipantDirectoryService implements ParticipantDirectory {

    @Inject
    ParticipantRepository participants;

    @Inject
    ParticipantService service;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ParticipantSummary> byId(long id) {
        return participants.find(id).filter(p -> callers.scope().allows(p.opdCode())).map(ParticipantDirectoryService::summary);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ParticipantSummary> byNik(String nik) {
        String digits = nik == null ? "" : nik.replaceAll("\\D", "");
        return participants.findHolding(digits).or(() -> participants.findLatestByNik(digits))
                .filter(p -> callers.scope().allows(p.opdCode()))
                .map(ParticipantDirectoryService::summary);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ParticipantSummary> byKpj(String kpj) {
        return participants.findByKpj(kpj == null ? "" : kpj.strip()).filter(p -> callers.scope().allows(p.opdCode()))
                .map(ParticipantDirectoryService::summary);
    }

    @Override
    @Transactional
    public ParticipantSummary markDeceased(long participantId, LocalDate dateOfDeath) {
        return summary(service.markDeceased(participantId, dateOfDeath));
    }

    @Override
    @Transactional
    public ParticipantStatus applyArrears(long participantId, int unpaidMonths, YearMonth since) {
        return service.applyArrears(participantId, unpaidMonths, since).status();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void forEachCovered(Consumer<ParticipantSummary> consumer) {
        participants.forEach(ParticipantFilter.none(), callers.scope(),
                EnumSet.of(ParticipantStatus.ACTIVE, ParticipantStatus.GRACE), clock.today(),
                p -> consumer.accept(summary(p)));
    }

    static ParticipantSummary summary(Participant p) {
        if (p == null) {
            throw BusinessException.notFound("participant.notFound", "?");
        }
        return new ParticipantSummary(p.id(), p.nik(), p.fullName(), p.gender(), p.birthDate(), p.sectorCode(),
                p.opdCode(), p.kelurahanCode(), p.kecamatanCode(), p.status(), p.kpj(), p.coverageStart(), p.endDate(),
                p.reportedIncome().amount(), p.warningsJson() != null);
    }
}
