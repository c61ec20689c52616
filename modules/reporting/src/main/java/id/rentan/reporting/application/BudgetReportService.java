package id.rentan.reporting.application;

import id.rentan.funding.api.BudgetReport;
import id.rentan.funding.api.BudgetStatistics;
import id.rentan.funding.api.FundingSourceInfo;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Texts;
import id.rentan.reporting.domain.ReportDocument;
import id.rentan.reporting.domain.ReportDocument.Chart;
import id.rentan.reporting.domain.ReportDocument.ChartKind;
import id.rentan.reporting.domain.ReportDocument.Percent;
import id.rentan.reporting.domain.ReportDocument.Section;
import id.rentan.reporting.domain.ReportDocument.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The budget report: allocation, committed, invoiced, paid, absorption and cost per participant per funding
 * source and month, the unpaid invoices and the participants at risk, read through funding's {@link BudgetStatistics}
 * (which defines the figures and sums them in the database), and the same figures as a {@link ReportDocument} for
 * downloads. ADMIN, FINANCE, VERIFIER and AUDITOR see the whole city, an OPD operator its own OPD's figures;
 * the BPJS officer sees coverage and claims, not budgets, and is refused.
 */
@ApplicationScoped
public class BudgetReportService {

    /** Who may read the budget report. */
    public static final Role[] READERS = {Role.ADMIN, Role.FINANCE, Role.VERIFIER, Role.AUDITOR, Role.OPD_OPERATOR};

    /** The first fiscal year a report may be asked for. */
    static final int FIRST_YEAR = 2000;

    @Inject
    BudgetStatistics statistics;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Texts texts;

    @Inject
    AuditTrail audit;

    /** The years to choose from: next year (allocations are made ahead) back to three years ago. */
    public List<Integer> years() {
        int today = clock.today().getYear();
        return IntStream.rangeClosed(today - 3, today + 1).boxed().sorted((a, b) -> b - a).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FundingSourceInfo> sources() {
        callers.require(READERS);
        return statistics.sources();
    }

    /**
     * The figures of a fiscal year, of one source or all ({@code null} or blank), in the caller's scope.
     *
     * @throws BusinessException 403 for a role that may not read budgets; 422 for a year before 2000 or after next
     *                           year, or a source that does not exist
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetReport figures(int year, String source) {
        callers.require(READERS);
        int last = clock.today().getYear() + 1;
        if (year < FIRST_YEAR || year > last) {
            throw new BusinessException("budget.error.year", String.valueOf(year), String.valueOf(FIRST_YEAR),
                    String.valueOf(last));
        }
        String code = null;
        if (source != null && !source.isBlank()) {
            String wanted = source.strip();
            code = statistics.sources().stream().map(FundingSourceInfo::code)
                    .filter(c -> c.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new BusinessException("budget.error.source", wanted));
        }
        return statistics.report(year, code);
    }

    /** The figures as a downloadable report, its texts in the reader's language. */
    public ReportDocument document(BudgetReport r, Locale locale) {
        String all = texts.text(locale, "budget.scope.allOpds");
        String scope = (r.opdCode() == null ? all : r.opdCode()) + " · "
                + (r.sourceCode() == null ? texts.text(locale, "budget.source.all") : r.sourceCode());
        List<Section> sections = new ArrayList<>();

        List<List<Object>> rows = new ArrayList<>();
        for (BudgetReport.Source s : r.sources()) {
            rows.add(sourceRow(s.sourceCode(), s));
        }
        rows.add(sourceRow(texts.text(locale, "budget.total"), r.total()));
        sections.add(new Section("budget.section.sources", List.of("budget.col.source", "budget.col.allocated",
                "budget.col.committed", "budget.col.invoiced", "budget.col.paid", "budget.col.remaining",
                "budget.col.absorption", "budget.col.participantsCommitted", "budget.col.participantsPaid",
                "budget.col.costPerParticipant"), rows,
                new Chart(ChartKind.BAR, r.sources().stream().map(BudgetReport.Source::sourceCode).toList(), List.of(
                        series("budget.col.allocated", r.sources().stream().map(BudgetReport.Source::allocated)),
                        series("budget.col.committed", r.sources().stream().map(BudgetReport.Source::committed)),
                        series("budget.col.invoiced", r.sources().stream().map(BudgetReport.Source::invoiced)),
                        series("budget.col.paid", r.sources().stream().map(BudgetReport.Source::paid))))));

        List<List<Object>> months = new ArrayList<>();
        List<Double> cumulative = cumulativeAbsorption(r);
        for (BudgetReport.Month m : r.months()) {
            Double c = cumulative.get(m.month() - 1);
            months.add(Arrays.asList(monthName(m.month(), locale), m.invoices(), m.paidInvoices(), m.invoiced(),
                    m.paid(), m.premiumLines(), m.paidPremiumLines(), c == null ? null : new Percent(c)));
        }
        sections.add(new Section("budget.section.months", List.of("budget.col.month", "budget.col.invoices",
                "budget.col.paidInvoices", "budget.col.invoiced", "budget.col.paid", "budget.col.premiumLines",
                "budget.col.paidPremiumLines", "budget.col.cumulativeAbsorption"), months,
                new Chart(ChartKind.BAR, r.months().stream().map(m -> monthName(m.month(), locale)).toList(), List.of(
                        series("budget.col.invoiced", r.months().stream().map(BudgetReport.Month::invoiced)),
                        series("budget.col.paid", r.months().stream().map(BudgetReport.Month::paid))))));

        BudgetReport.Unpaid u = r.unpaid();
        List<List<Object>> unpaid = new ArrayList<>();
        unpaid.add(Arrays.asList(u.invoices(), u.amount(), u.oldest()));
        sections.add(new Section("budget.section.unpaid", List.of("budget.col.invoices", "budget.col.amount",
                "budget.col.oldest"), unpaid, null));

        BudgetReport.AtRisk a = r.atRisk();
        List<List<Object>> risk = new ArrayList<>();
        for (BudgetReport.RiskStatus s : a.byStatus()) {
            risk.add(Arrays.asList(statusLabel(s.status(), locale), s.participants(), s.owed(),
                    a.checkedAt() == null ? null : a.checkedAt().toLocalDate()));
        }
        risk.add(Arrays.asList(texts.text(locale, "budget.total"), a.participants(), a.owed(),
                a.checkedAt() == null ? null : a.checkedAt().toLocalDate()));
        sections.add(new Section("budget.section.atRisk", List.of("budget.col.status", "budget.col.participants",
                "budget.col.owed", "budget.col.checkedOn"), risk, null));

        return new ReportDocument("budget.title", String.valueOf(r.year()), scope, sections);
    }

    /** audits a download of the report (XLSX or PDF), with whose figures it holds. */
    @Transactional
    public void downloaded(BudgetReport r, String format) {
        Caller caller = callers.require(READERS);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("report", "budget");
        what.put("year", r.year());
        what.put("source", r.sourceCode() == null ? "ALL" : r.sourceCode());
        what.put("scope", r.opdCode() == null ? "ALL" : r.opdCode());
        what.put("format", format);
        what.put("by", caller.username());
        audit.record("REPORT_DOWNLOADED", "Report", "budget-" + r.year(), null, what);
    }

    private static List<Object> sourceRow(String label, BudgetReport.Source s) {
        return Arrays.asList(label, s.allocated(), s.committed(), s.invoiced(), s.paid(), s.remaining(),
                s.absorption() == null ? null : new Percent(s.absorption()), s.participantsCommitted(),
                s.participantsPaid(), s.costPerParticipant());
    }

    private static Series series(String name, java.util.stream.Stream<Rupiah> amounts) {
        return new Series(name, amounts.map(a -> (Number) a.amount()).toList());
    }

    /** F-07 per month: what is paid up to the end of each month over the year's allocation, or nulls without one. */
    public static List<Double> cumulativeAbsorption(BudgetReport r) {
        List<Double> values = new ArrayList<>();
        Rupiah paid = Rupiah.ZERO;
        for (BudgetReport.Month m : r.months()) {
            paid = paid.plus(m.paid());
            values.add(BudgetReport.absorption(paid, r.total().allocated()));
        }
        return values;
    }

    private String statusLabel(String status, Locale locale) {
        try {
            return texts.text(locale, ParticipantStatus.valueOf(status).labelKey());
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    /** A month's name in the reader's language ("Januari", "January"). */
    public static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }
}
