package id.rentan.funding.application;

import id.rentan.funding.domain.BudgetLine;
import id.rentan.funding.domain.Commitment;
import id.rentan.funding.domain.CommitmentState;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantEvents;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.api.SubmissionGate;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * F-02: commitments. As the participants module's {@link SubmissionGate}, it commits each submitted participant's
 * premiums from the planned start month to December against one budget line, or refuses the participant with the
 * amount missing. The lines of the year are locked first, so simultaneous submissions are decided one after the other
 * and can never both take the last place. BPJS's answer adjusts the commitment (actual start month) or releases it;
 * a death or exit releases the months after it. These reactions run in the transaction of the participant's change,
 * so a commitment and the participant's state can never disagree (ADR 0014).
 */
@ApplicationScoped
public class CommitmentService implements SubmissionGate {

    @Inject
    FundingRepository repository;

    @Inject
    Parameters parameters;

    @Inject
    BusinessClock clock;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    ParticipantDirectory participants;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Decision> admit(List<Candidate> candidates, YearMonth plannedStart) {
        ParameterRates rates = new ParameterRates(parameters);
        LocalDateTime now = clock.now();
        Map<String, Integer> priority = priorities();
        // when no line has room for anyone, the answer is already known: refuse without queueing for the lock (a
        // hundred simultaneous submissions for the last places then wait only for each other's winners)
        List<BudgetLine> lines = repository.lines(plannedStart.getYear());
        if (anyFits(lines, candidates, plannedStart, rates, priority)) {
            lines = repository.lockLines(plannedStart.getYear());
        }
        List<Decision> decisions = new ArrayList<>();
        for (Candidate c : candidates) {
            Commitment.Holder holder = new Commitment.Holder(c.participantId(), c.nik(), c.fullName(), c.opdCode(),
                    c.sectorCode(), c.reportedIncome());
            Rupiah cost = Commitment.cost(c.reportedIncome(), plannedStart, rates);
            Optional<Commitment> existing = repository.commitment(c.participantId(), plannedStart.getYear());
            if (existing.isPresent() && existing.get().state() != CommitmentState.RELEASED) {
                decisions.add(Decision.refuse(c.participantId(), "funding.commit.exists", plannedStart.getYear()));
                continue;
            }
            List<BudgetLine> eligible = eligible(lines, holder, priority);
            if (eligible.isEmpty()) {
                decisions.add(Decision.refuse(c.participantId(), "funding.commit.noAllocation",
                        plannedStart.getYear(), c.opdCode(), c.sectorCode()));
                continue;
            }
            BudgetLine chosen = eligible.stream().filter(l -> l.fits(cost)).findFirst().orElse(null);
            if (chosen == null) {
                Rupiah best = eligible.stream().map(BudgetLine::remaining).max(Comparator.naturalOrder())
                        .orElse(Rupiah.ZERO).max(Rupiah.ZERO);
                decisions.add(Decision.refuse(c.participantId(), "funding.commit.insufficient", cost, best));
                continue;
            }
            chosen.commit(cost);
            // a commitment BPJS released before is planned again (one row per participant and year)
            Commitment commitment = existing.isPresent() ? reuse(existing.get(), holder, chosen, plannedStart, rates, now)
                    : repository.add(new Commitment(holder, chosen, plannedStart, rates, now));
            audit.record("COMMITMENT_MADE", "Commitment", String.valueOf(c.participantId()), null,
                    Map.of("participant", c.participantId(), "year", plannedStart.getYear(),
                            "from", plannedStart.toString(), "source", chosen.sourceCode(),
                            "line", chosen.id(), "amount", commitment.amount().amount()));
            decisions.add(Decision.admit(c.participantId()));
        }
        return decisions;
    }

    private static boolean anyFits(List<BudgetLine> lines, List<Candidate> candidates, YearMonth start,
                                   ParameterRates rates, Map<String, Integer> priority) {
        for (Candidate c : candidates) {
            Rupiah cost = Commitment.cost(c.reportedIncome(), start, rates);
            Commitment.Holder holder = new Commitment.Holder(c.participantId(), c.nik(), c.fullName(), c.opdCode(),
                    c.sectorCode(), c.reportedIncome());
            if (eligible(lines, holder, priority).stream().anyMatch(l -> l.fits(cost))) {
                return true;
            }
        }
        return false;
    }

    private Commitment reuse(Commitment released, Commitment.Holder holder, BudgetLine line, YearMonth start,
                             ParameterRates rates, LocalDateTime now) {
        released.replan(holder, line, start, rates, now);
        return released;
    }

    /** The lines that may pay for a participant: the most specific first, then by source priority. */
    static List<BudgetLine> eligible(List<BudgetLine> lines, Commitment.Holder holder, Map<String, Integer> priority) {
        return lines.stream()
                .filter(l -> priority.containsKey(l.sourceCode()))
                .filter(l -> l.covers(holder.opdCode(), holder.sectorCode()))
                .sorted(Comparator.comparingInt(BudgetLine::specificity).reversed()
                        .thenComparingInt(l -> priority.get(l.sourceCode()))
                        .thenComparing(BudgetLine::id))
                .toList();
    }

    private Map<String, Integer> priorities() {
        Map<String, Integer> priority = new HashMap<>();
        for (FundingSource s : repository.sources()) {
            if (s.active()) {
                priority.put(s.code(), s.priority());
            }
        }
        return priority;
    }

    /** BPJS registered the participant: the commitment follows the actual start month (F-02). */
    void registered(@Observes ParticipantEvents.Registered event) {
        ParameterRates rates = new ParameterRates(parameters);
        LocalDateTime now = clock.now();
        YearMonth start = YearMonth.from(event.coverageStart());
        List<Commitment> commitments = repository.lockCommitmentsFrom(event.participantId(), start.getYear() - 1);
        Commitment planned = commitments.stream().filter(c -> c.state() == CommitmentState.PLANNED)
                .filter(c -> c.fiscalYear() == start.getYear()).findFirst()
                .orElse(commitments.stream().filter(c -> c.state() == CommitmentState.PLANNED).findFirst().orElse(null));
        if (planned != null && planned.fiscalYear() == start.getYear()) {
            BudgetLine line = repository.lockLine(planned.budgetLineId());
            Rupiah change = planned.cover(event.kpj(), start.getMonthValue(), rates, now);
            line.adjust(change);
            audit.record("COMMITMENT_ADJUSTED", "Commitment", String.valueOf(event.participantId()), null,
                    Map.of("kpj", String.valueOf(event.kpj()), "from", start.toString(), "change", change.amount()));
            return;
        }
        // cover starts in another year than planned (or the participant was submitted before funding existed):
        // release what was planned and commit the actual year, even past the allocation (a fact, shown as such)
        if (planned != null) {
            repository.lockLine(planned.budgetLineId()).adjust(planned.release(now));
        }
        participants.byId(event.participantId()).ifPresent(p -> {
            Commitment c = commitActual(p, start, rates, now);
            if (c != null) {
                c.cover(event.kpj(), start.getMonthValue(), rates, now);
            }
        });
    }

    /** Commits a covered participant's months of a year on the best line, even past its allocation. */
    private Commitment commitActual(ParticipantSummary p, YearMonth start, ParameterRates rates, LocalDateTime now) {
        Commitment.Holder holder = holder(p);
        List<BudgetLine> eligible = eligible(repository.lockLines(start.getYear()), holder, priorities());
        if (eligible.isEmpty()) {
            audit.record("COMMITMENT_MISSING", "Commitment", String.valueOf(p.id()), null,
                    Map.of("year", start.getYear(), "reason", "no allocation"));
            return null;
        }
        Rupiah cost = Commitment.cost(p.reportedIncome(), start, rates);
        BudgetLine line = eligible.stream().filter(l -> l.fits(cost)).findFirst().orElse(eligible.get(0));
        line.adjust(cost);
        Optional<Commitment> existing = repository.commitment(p.id(), start.getYear());
        Commitment c;
        if (existing.isPresent()) {
            c = existing.get();
            c.replan(holder, line, start, rates, now);
        } else {
            c = repository.add(new Commitment(holder, line, start, rates, now));
        }
        return c;
    }

    private static Commitment.Holder holder(ParticipantSummary p) {
        return new Commitment.Holder(p.id(), p.nik(), p.fullName(), p.opdCode(), p.sectorCode(), p.reportedIncome());
    }

    /** BPJS refused the participant: the planned months are released. */
    void refused(@Observes ParticipantEvents.RegistrationRefused event) {
        LocalDateTime now = clock.now();
        for (Commitment c : repository.lockCommitmentsFrom(event.participantId(), 2000)) {
            if (c.state() == CommitmentState.PLANNED) {
                Rupiah change = c.release(now);
                repository.lockLine(c.budgetLineId()).adjust(change);
                audit.record("COMMITMENT_RELEASED", "Commitment", String.valueOf(event.participantId()), null,
                        Map.of("year", c.fiscalYear(), "change", change.amount()));
            }
        }
    }

    /** C-04: cover ended (death or exit): the months after the month it ended are released. */
    void left(@Observes ParticipantEvents.Left event) {
        ParameterRates rates = new ParameterRates(parameters);
        LocalDateTime now = clock.now();
        YearMonth last = YearMonth.from(event.lastDay());
        for (Commitment c : repository.lockCommitmentsFrom(event.participantId(), last.getYear())) {
            if (c.state() == CommitmentState.RELEASED) {
                continue;
            }
            Rupiah change = c.fiscalYear() == last.getYear() ? c.endIn(last.getMonthValue(), rates, now)
                    : c.endIn(0, rates, now);
            repository.lockLine(c.budgetLineId()).adjust(change);
            audit.record("COMMITMENT_ENDED", "Commitment", String.valueOf(event.participantId()), null,
                    Map.of("year", c.fiscalYear(), "lastMonth", c.lastMonth(), "status", event.status().name(),
                            "change", change.amount()));
        }
    }

    /**
     * A new fiscal year: commits every covered participant's months of the year (from January, or from the month
     * cover started) on the lines of that year. Participants who already have a commitment for the year are skipped;
     * those no line can pay for are counted and listed in the audit log.
     *
     * @return {committed, skipped, refused}
     */
    @Transactional
    public int[] openYear(int year) {
        Caller caller = callers.require(Role.ADMIN);
        ParameterRates rates = new ParameterRates(parameters);
        LocalDateTime now = clock.now();
        List<BudgetLine> lines = repository.lockLines(year);
        Map<String, Integer> priority = priorities();
        List<Commitment> batch = new ArrayList<>();
        int[] counts = new int[3];
        List<Long> refused = new ArrayList<>();
        java.util.Set<Long> committed = repository.committedParticipants(year);
        participants.forEachCovered(p -> {
            if (committed.contains(p.id())) {
                counts[1]++;
                return;
            }
            YearMonth start = p.coverageStart() != null && p.coverageStart().getYear() == year
                    ? YearMonth.from(p.coverageStart()) : YearMonth.of(year, 1);
            if (p.coverageStart() != null && p.coverageStart().getYear() > year) {
                counts[1]++;
                return;
            }
            Commitment.Holder holder = holder(p);
            Rupiah cost = Commitment.cost(p.reportedIncome(), start, rates);
            BudgetLine line = eligible(lines, holder, priority).stream().filter(l -> l.fits(cost)).findFirst()
                    .orElse(null);
            if (line == null) {
                counts[2]++;
                refused.add(p.id());
                return;
            }
            line.commit(cost);
            Commitment c = new Commitment(holder, line, start, rates, now);
            c.cover(p.kpj(), start.getMonthValue(), rates, now);
            batch.add(c);
            counts[0]++;
        });
        repository.addAll(batch);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("committed", counts[0]);
        after.put("skipped", counts[1]);
        after.put("refused", counts[2]);
        after.put("refusedParticipants", refused.size() > 200 ? refused.subList(0, 200) : refused);
        audit.record("FISCAL_YEAR_OPENED", "FiscalYear", String.valueOf(year), null, after);
        return counts;
    }
}
