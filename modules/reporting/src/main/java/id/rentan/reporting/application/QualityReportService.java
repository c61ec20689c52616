package id.rentan.reporting.application;

import id.rentan.participants.api.ProposalStatistics;
import id.rentan.participants.api.ProposalStatistics.ImportRejection;
import id.rentan.participants.api.ProposalStatistics.OpdProposals;
import id.rentan.participants.api.ProposalStatistics.QualityFigures;
import id.rentan.participants.api.ProposalStatistics.Rejection;
import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.error.BusinessException;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** data quality of the proposals, from the participants module's statistics (scoped as the registry). */
@ApplicationScoped
public class QualityReportService {

    @Inject
    ProposalStatistics statistics;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Texts texts;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public QualityFigures report(int year) {
        if (year < 2000 || year > clock.today().getYear()) {
            throw new BusinessException("report.year.invalid", year, clock.today().getYear());
        }
        return statistics.quality(year);
    }

    public ReportDocument document(QualityFigures q, Locale locale) {
        List<Section> sections = new ArrayList<>();
        List<List<Object>> opds = new ArrayList<>();
        for (OpdProposals o : q.opds()) {
            opds.add(new ArrayList<>(java.util.Arrays.asList(o.opdCode(), o.proposed(), o.rejected(),
                    o.proposed() == 0 ? null : new Percent(Math.round(o.rejected() * 1000.0 / o.proposed()) / 10.0),
                    o.importRowsRejected(), o.registered(), o.averageDays(), o.medianDays())));
        }
        sections.add(new Section("quality.section.opds", List.of("quality.column.opd", "quality.column.proposed",
                "quality.column.rejected", "quality.column.rejectedShare", "quality.column.importRejected",
                "quality.column.registered", "quality.column.averageDays", "quality.column.medianDays"), opds,
                new Chart(ChartKind.BAR, q.opds().stream().map(OpdProposals::opdCode).toList(), List.of(
                        new Series("quality.column.proposed", q.opds().stream().map(o -> (Number) o.proposed()).toList()),
                        new Series("quality.column.rejected", q.opds().stream().map(o -> (Number) o.rejected()).toList()),
                        new Series("quality.column.importRejected",
                                q.opds().stream().map(o -> (Number) o.importRowsRejected()).toList())))));
        List<List<Object>> reasons = new ArrayList<>();
        for (Rejection r : q.rejections()) {
            reasons.add(new ArrayList<>(List.of(r.opdCode(), texts.text(locale, "quality.stage." + r.stage()),
                    r.reason(), r.count())));
        }
        sections.add(new Section("quality.section.reasons", List.of("quality.column.opd", "quality.column.stage",
                "quality.column.reason", "quality.column.count"), reasons, null));
        List<List<Object>> rules = new ArrayList<>();
        for (ImportRejection r : q.importRejections()) {
            rules.add(new ArrayList<>(List.of(r.opdCode(), r.rule(), texts.text(locale, "quality.rule." + r.rule()),
                    r.rows())));
        }
        sections.add(new Section("quality.section.rules", List.of("quality.column.opd", "quality.column.rule",
                "quality.column.ruleText", "quality.column.rows"), rules, null));
        String scope = callers.scope().restrictedOpd().orElse(texts.text(locale, "report.scope.all"));
        return new ReportDocument("quality.title", String.valueOf(q.year()), scope, sections);
    }

    /** Audits a download of the report. */
    public void downloaded(int year, String format) {
        Caller caller = callers.require(Role.ADMIN, Role.OPD_OPERATOR, Role.VERIFIER, Role.FINANCE, Role.AUDITOR);
        audit.record("REPORT_DOWNLOADED", "Report", "quality-" + year, null,
                Map.of("report", "quality", "year", year, "format", format, "by", caller.username()));
    }
}
