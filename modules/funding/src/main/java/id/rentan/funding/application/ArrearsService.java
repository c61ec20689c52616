package id.rentan.funding.application;

import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingRepository.Arrear;
import id.rentan.participants.api.ParticipantDirectory;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Arrears (section 4, CL-01): a covered month whose premium is not paid {@code PREMIUM_DUE_DAYS} (30) days after the
 * month ends puts the participant in GRACE; more than {@code GRACE_PERIOD_MONTHS} (3) such months make them LAPSED;
 * paying every overdue month while in GRACE returns them to ACTIVE. The participants module makes the moves (through
 * its api); this service finds who owes what since when, and keeps the list of participants at risk. It runs every
 * night ({@code ArrearsJob}) and when an administrator presses the button.
 */
@ApplicationScoped
public class ArrearsService {

    private static final Logger LOG = Logger.getLogger(ArrearsService.class.getName());

    @Inject
    FundingRepository repository;

    @Inject
    ParticipantDirectory participants;

    @Inject
    Parameters parameters;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    BusinessClock clock;

    /** What a check found and did. */
    public record CheckResult(LocalDate checkedOn, YearMonth lastDueMonth, int monthsChecked, int atRisk,
                              int enteredGrace, int lapsed, int backToActive, long amountOwed) {
    }

    /** The last month whose premium is overdue on a day: its end plus the due days has passed. */
    public static YearMonth lastDueMonth(LocalDate today, int dueDays) {
        YearMonth m = YearMonth.from(today);
        while (!m.atEndOfMonth().plusDays(dueDays).isBefore(today)) {
            m = m.minusMonths(1);
        }
        return m;
    }

    @Transactional
    public CheckResult check() {
        callers.require(Role.ADMIN);
        long started = System.nanoTime();
        LocalDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        int dueDays = parameters.intOn(ParameterCode.PREMIUM_DUE_DAYS, today);
        YearMonth last = lastDueMonth(today, dueDays);
        ParameterRates rates = new ParameterRates(parameters);
        // this year's and last year's months: anything older and unpaid has long made its participant LAPSED
        Map<Long, Owed> owed = new TreeMap<>();
        int months = 0;
        for (YearMonth m = YearMonth.of(last.getYear() - 1, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            months++;
            YearMonth month = m;
            repository.forEachUnpaid(month, u -> owed.computeIfAbsent(u.participantId(), id -> new Owed(u, month))
                    .add(rates.monthlyPremium(u.reportedIncome(), month).amount()));
        }
        Map<Long, String> before = repository.arrearsStatuses();
        int grace = 0;
        int lapsed = 0;
        int back = 0;
        long total = 0;
        List<Arrear> list = new ArrayList<>();
        for (Owed o : owed.values()) {
            String was = before.get(o.unpaid.participantId());
            ParticipantStatus status = participants.applyArrears(o.unpaid.participantId(), o.months, o.since);
            if (status == ParticipantStatus.GRACE && !"GRACE".equals(was)) {
                grace++;
            } else if (status == ParticipantStatus.LAPSED && !"LAPSED".equals(was)) {
                lapsed++;
            }
            total += o.amount;
            list.add(new Arrear(o.unpaid.participantId(), o.unpaid.sourceCode(), o.unpaid.opdCode(), o.unpaid.nik(),
                    o.unpaid.fullName(), o.since, o.months, o.amount, status.name()));
        }
        // those who were in GRACE and owe nothing now: paid in time, ACTIVE again
        for (Map.Entry<Long, String> b : before.entrySet()) {
            if (!owed.containsKey(b.getKey()) && "GRACE".equals(b.getValue())
                    && participants.applyArrears(b.getKey(), 0, null) == ParticipantStatus.ACTIVE) {
                back++;
            }
        }
        repository.replaceArrears(list, now);
        CheckResult result = new CheckResult(today, last, months, list.size(), grace, lapsed, back, total);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("lastDueMonth", last.toString());
        after.put("atRisk", list.size());
        after.put("enteredGrace", grace);
        after.put("lapsed", lapsed);
        after.put("backToActive", back);
        after.put("amountOwed", total);
        audit.record("ARREARS_CHECKED", "Arrears", today.toString(), null, after);
        LOG.info(() -> "Arrears checked up to " + last + ": " + result + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return result;
    }

    /** The participants at risk, oldest arrears first (OPD-scoped). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Arrear> atRisk(PageRequest page) {
        callers.require(Role.ADMIN, Role.FINANCE, Role.VERIFIER, Role.OPD_OPERATOR, Role.AUDITOR);
        return repository.arrears(callers.scope(), page);
    }

    private static final class Owed {
        final FundingRepository.Unpaid unpaid;
        final YearMonth since;
        int months;
        long amount;

        Owed(FundingRepository.Unpaid unpaid, YearMonth since) {
            this.unpaid = unpaid;
            this.since = since;
        }

        void add(long premium) {
            months++;
            amount += premium;
        }
    }
}
