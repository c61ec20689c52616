package id.rentan.reporting.application;

import id.rentan.claims.api.ClaimReport;
import id.rentan.claims.api.ClaimStatistics;
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
import id.rentan.reporting.domain.ReportDocument.Section;
import id.rentan.reporting.domain.ReportDocument.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The claims report: claims of a year (by the date of the event) by type and status, the expected benefit
 * beside what BPJS decided and paid (CL-02), the claims not covered and why and those at risk (CL-01), the heirs
 * (CL-03) and the children on scholarship (S-01), read through claims' {@link ClaimStatistics}, and the same figures
 * as a {@link ReportDocument} for downloads. Every role may read it; an OPD operator gets its own OPD's claims.
 */
@ApplicationScoped
public class ClaimsReportService {

    /** Who may read the claims report: every role. */
    public static final Role[] READERS = {Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE,
            Role.BPJS_OFFICER, Role.AUDITOR};

    @Inject
    ClaimStatistics statistics;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Texts texts;

    @Inject
    AuditTrail audit;

    /** The years to choose from: this year back to three years ago. */
    public List<Integer> years() {
        int today = clock.today().getYear();
        return IntStream.rangeClosed(today - 3, today).boxed().sorted((a, b) -> b - a).toList();
    }

    /**
     * The claims whose event happened in a year, in the caller's scope.
     *
     * @throws BusinessException 422 for a year before 2000 or after this year
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimReport figures(int year) {
        callers.require(READERS);
        int last = clock.today().getYear();
        if (year < BudgetReportService.FIRST_YEAR || year > last) {
            throw new BusinessException("claimsReport.error.year", String.valueOf(year),
                    String.valueOf(BudgetReportService.FIRST_YEAR), String.valueOf(last));
        }
        return statistics.report(year);
    }

    /** The figures as a downloadable report, its texts in the reader's language. */
    public ReportDocument document(ClaimReport r, Locale locale) {
        String scope = r.opdCode() == null ? texts.text(locale, "claimsReport.scope.allOpds") : r.opdCode();
        String total = texts.text(locale, "claimsReport.total");
        List<Section> sections = new ArrayList<>();
        List<String> typeLabels = r.byType().stream().map(t -> text(locale, "claim.type." + t.type())).toList();

        List<List<Object>> types = new ArrayList<>();
        List<List<Object>> decisions = new ArrayList<>();
        for (ClaimReport.TypeFigures t : r.byType()) {
            types.add(typeRow(text(locale, "claim.type." + t.type()), t.figures()));
            decisions.add(decisionRow(text(locale, "claim.type." + t.type()), t.figures()));
        }
        types.add(typeRow(total, r.total()));
        decisions.add(decisionRow(total, r.total()));
        sections.add(new Section("claimsReport.section.byType", List.of("claimsReport.col.type",
                "claimsReport.col.claims", "claimsReport.col.expected", "claimsReport.col.openEnded"), types,
                new Chart(ChartKind.BAR, typeLabels, List.of(new Series("claimsReport.col.claims",
                        r.byType().stream().map(t -> (Number) t.figures().claims()).toList())))));
        sections.add(new Section("claimsReport.section.decisions", List.of("claimsReport.col.type",
                "claimsReport.col.decided", "claimsReport.col.expectedOfDecided", "claimsReport.col.decidedAmount",
                "claimsReport.col.difference", "claimsReport.col.paidAmount", "claimsReport.col.amountDiffers"),
                decisions, new Chart(ChartKind.BAR, typeLabels, List.of(
                new Series("claimsReport.col.expectedOfDecided",
                        r.byType().stream().map(t -> (Number) t.figures().expectedOfDecided().amount()).toList()),
                new Series("claimsReport.col.decidedAmount",
                        r.byType().stream().map(t -> (Number) t.figures().decidedAmount().amount()).toList())))));

        List<List<Object>> statuses = new ArrayList<>();
        for (ClaimReport.StatusFigures s : r.byStatus()) {
            statuses.add(Arrays.asList(text(locale, "claim.status." + s.status()), s.figures().claims(),
                    s.figures().expected(), s.figures().decidedAmount()));
        }
        statuses.add(Arrays.asList(total, r.total().claims(), r.total().expected(), r.total().decidedAmount()));
        sections.add(new Section("claimsReport.section.byStatus", List.of("claimsReport.col.status",
                "claimsReport.col.claims", "claimsReport.col.expected", "claimsReport.col.decidedAmount"), statuses,
                new Chart(ChartKind.BAR,
                        r.byStatus().stream().map(s -> text(locale, "claim.status." + s.status())).toList(),
                        List.of(new Series("claimsReport.col.claims",
                                r.byStatus().stream().map(s -> (Number) s.figures().claims()).toList())))));

        List<List<Object>> reasons = new ArrayList<>();
        long notCovered = 0;
        Rupiah lost = Rupiah.ZERO;
        for (ClaimReport.NotCovered n : r.notCovered()) {
            reasons.add(Arrays.asList(text(locale, "claim.coverShort." + n.reason()), n.claims(), n.expected()));
            notCovered += n.claims();
            lost = lost.plus(n.expected());
        }
        reasons.add(Arrays.asList(total, notCovered, lost));
        sections.add(new Section("claimsReport.section.notCovered", List.of("claimsReport.col.reason",
                "claimsReport.col.claims", "claimsReport.col.expected"), reasons,
                r.notCovered().isEmpty() ? null : new Chart(ChartKind.BAR,
                        r.notCovered().stream().map(n -> text(locale, "claim.coverShort." + n.reason())).toList(),
                        List.of(new Series("claimsReport.col.claims",
                                r.notCovered().stream().map(n -> (Number) n.claims()).toList())))));

        List<List<Object>> atRisk = new ArrayList<>();
        atRisk.add(Arrays.asList(r.atRisk().claims(), r.atRisk().expected()));
        sections.add(new Section("claimsReport.section.atRisk", List.of("claimsReport.col.claims",
                "claimsReport.col.expected"), atRisk, null));

        List<List<Object>> heirs = new ArrayList<>();
        for (ClaimReport.HeirRelation h : r.heirs().byRelation()) {
            heirs.add(Arrays.asList(text(locale, "claim.heir.relation." + h.relation()), h.heirs(), h.entitled()));
        }
        heirs.add(Arrays.asList(total, r.heirs().heirs(), r.heirs().entitled()));
        sections.add(new Section("claimsReport.section.heirs", List.of("claimsReport.col.relation",
                "claimsReport.col.heirs", "claimsReport.col.entitled"), heirs, null));

        List<List<Object>> levels = new ArrayList<>();
        for (ClaimReport.Level l : r.scholarships().byLevel()) {
            levels.add(Arrays.asList(text(locale, "claim.scholarship.level." + l.level()), l.children(), l.amount()));
        }
        levels.add(Arrays.asList(total, r.scholarships().children(), r.scholarships().amount()));
        sections.add(new Section("claimsReport.section.scholarships", List.of("claimsReport.col.level",
                "claimsReport.col.children", "claimsReport.col.amount"), levels, null));

        return new ReportDocument("claimsReport.title", String.valueOf(r.year()), scope, sections);
    }

    /** audits a download of the report (XLSX or PDF), with whose figures it holds. */
    @Transactional
    public void downloaded(ClaimReport r, String format) {
        Caller caller = callers.require(READERS);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("report", "claims");
        what.put("year", r.year());
        what.put("scope", r.opdCode() == null ? "ALL" : r.opdCode());
        what.put("format", format);
        what.put("by", caller.username());
        audit.record("REPORT_DOWNLOADED", "Report", "claims-" + r.year(), null, what);
    }

    private static List<Object> typeRow(String label, ClaimReport.Figures f) {
        return Arrays.asList(label, f.claims(), f.expected(), f.openEnded());
    }

    private static List<Object> decisionRow(String label, ClaimReport.Figures f) {
        return Arrays.asList(label, f.decided(), f.expectedOfDecided(), f.decidedAmount(), f.difference(),
                f.paidAmount(), f.amountDiffers());
    }

    private String text(Locale locale, String key) {
        return texts.text(locale, key);
    }
}
