package id.rentan.funding.application;

import id.rentan.funding.api.BudgetReport;
import id.rentan.funding.api.BudgetStatistics;
import id.rentan.funding.api.FundingSourceInfo;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingRepository.ArrearsSums;
import id.rentan.funding.domain.FundingRepository.MonthSums;
import id.rentan.funding.domain.FundingRepository.ParticipantCounts;
import id.rentan.funding.domain.FundingRepository.UnpaidSums;
import id.rentan.funding.domain.FundingSource;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.DataScope;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * the budget's figures for reports, every one summed in the database (GROUP BY over invoices, their lines,
 * commitments, budget lines and the arrears list; no table is loaded whole). For the whole city the sources' figures
 * are the budget overview's ({@link BudgetService#bySource}); for an OPD operator they come from its own participants'
 * commitments and invoice lines (see {@link BudgetReport} for what each figure means).
 */
@ApplicationScoped
public class BudgetStatisticsService implements BudgetStatistics {

    /** Who may read the budget's figures; the OPD operator only its own OPD's. */
    static final Role[] READERS = {Role.ADMIN, Role.FINANCE, Role.VERIFIER, Role.AUDITOR, Role.OPD_OPERATOR};

    @Inject
    FundingRepository repository;

    @Inject
    BudgetService budgets;

    @Inject
    CallerContext callers;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSourceInfo> sources() {
        callers.require(READERS);
        return repository.sources().stream()
                .map(s -> new FundingSourceInfo(s.code(), s.name(), s.priority(), s.active())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetReport report(int year, String sourceCode) {
        callers.require(READERS);
        DataScope scope = callers.scope();
        String source = sourceCode == null || sourceCode.isBlank() ? null : sourceCode.strip();
        if (scope.isEmpty()) {
            return empty(year, source, null);
        }
        String opd = scope.restrictedOpd().orElse(null);

        Map<String, long[]> commitments = repository.commitmentSums(year, source, opd);
        ParticipantCounts paidParticipants = repository.paidParticipants(year, source, opd);
        List<MonthSums> monthSums = repository.monthSums(year, source, opd);

        // per source: {allocated, committed, invoiced, paid}
        Map<String, long[]> money = new HashMap<>();
        if (opd == null) {
            budgets.bySource(year).stream().filter(f -> source == null || source.equals(f.sourceCode()))
                    .forEach(f -> money.put(f.sourceCode(), new long[]{f.allocated().amount(),
                            f.committed().amount(), f.invoiced().amount(), f.paid().amount()}));
        } else {
            repository.reservedLineSums(year, source, opd).forEach((s, sums) ->
                    money.computeIfAbsent(s, k -> new long[4])[0] = sums[0]);
            commitments.forEach((s, sums) -> money.computeIfAbsent(s, k -> new long[4])[1] = sums[0]);
            for (MonthSums m : monthSums) {
                long[] row = money.computeIfAbsent(m.sourceCode(), k -> new long[4]);
                row[2] += m.invoiced();
                row[3] += m.paid();
            }
        }

        List<String> codes = order(money.keySet());
        List<BudgetReport.Source> rows = new ArrayList<>();
        long[] total = new long[5];
        for (String code : codes) {
            long[] m = money.get(code);
            long committedParticipants = commitments.getOrDefault(code, new long[2])[1];
            rows.add(BudgetReport.Source.of(code, Rupiah.of(m[0]), Rupiah.of(m[1]), Rupiah.of(m[2]),
                    Rupiah.of(m[3]), committedParticipants, paidParticipants.bySource().getOrDefault(code, 0L)));
            for (int i = 0; i < 4; i++) {
                total[i] += m[i];
            }
            total[4] += committedParticipants;
        }
        BudgetReport.Source sum = BudgetReport.Source.of(null, Rupiah.of(total[0]), Rupiah.of(total[1]),
                Rupiah.of(total[2]), Rupiah.of(total[3]), total[4], paidParticipants.total());

        return new BudgetReport(year, source, opd, rows, sum, months(monthSums),
                unpaid(year, repository.unpaidInvoices(year, source, opd)), atRisk(repository.arrearsSums(source, opd)));
    }

    private BudgetReport empty(int year, String source, String opd) {
        return new BudgetReport(year, source, opd, List.of(),
                BudgetReport.Source.of(null, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, Rupiah.ZERO, 0, 0),
                months(List.of()), new BudgetReport.Unpaid(0, Rupiah.ZERO, null), atRisk(List.of()));
    }

    /** The source codes in the order the sources pay (priority, then code); unknown ones last. */
    private List<String> order(Set<String> codes) {
        Map<String, Integer> priority = new HashMap<>();
        for (FundingSource s : repository.sources()) {
            priority.put(s.code(), s.priority());
        }
        return codes.stream().sorted(Comparator.comparing((String c) -> priority.getOrDefault(c, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** January to December, the sources of each month added up. */
    static List<BudgetReport.Month> months(List<MonthSums> sums) {
        BudgetReport.Month[] months = new BudgetReport.Month[12];
        for (int m = 1; m <= 12; m++) {
            months[m - 1] = BudgetReport.Month.empty(m);
        }
        for (MonthSums s : sums) {
            months[s.month() - 1] = months[s.month() - 1].plus(new BudgetReport.Month(s.month(), s.invoices(),
                    s.paidInvoices(), Rupiah.of(s.invoiced()), Rupiah.of(s.paid()), s.premiumLines(),
                    s.paidPremiumLines()));
        }
        return List.of(months);
    }

    private static BudgetReport.Unpaid unpaid(int year, UnpaidSums u) {
        return new BudgetReport.Unpaid(u.invoices(), Rupiah.of(u.amount()),
                u.oldestMonth() == null ? null : YearMonth.of(year, u.oldestMonth()));
    }

    static BudgetReport.AtRisk atRisk(List<ArrearsSums> sums) {
        long participants = 0;
        long owed = 0;
        YearMonth oldest = null;
        LocalDateTime checked = null;
        List<BudgetReport.RiskStatus> byStatus = new ArrayList<>();
        for (ArrearsSums s : sums) {
            participants += s.participants();
            owed += s.owed();
            oldest = oldest == null || s.oldestSince().isBefore(oldest) ? s.oldestSince() : oldest;
            checked = checked == null || s.checkedAt().isAfter(checked) ? s.checkedAt() : checked;
            byStatus.add(new BudgetReport.RiskStatus(s.status(), s.participants(), Rupiah.of(s.owed())));
        }
        return new BudgetReport.AtRisk(participants, Rupiah.of(owed), oldest, checked, byStatus);
    }
}
