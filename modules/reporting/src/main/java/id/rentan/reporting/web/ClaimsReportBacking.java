package id.rentan.reporting.web;

import id.rentan.claims.api.ClaimReport;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.reporting.application.ClaimsReportService;
import id.rentan.reporting.domain.ReportDocument;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The claims dashboard: a year to choose (also from the address: {@code ?year=2026}), summary cards, charts
 * by type, by status and of the claims not covered, and tables whose figures link to the claim list filtered to the
 * claims counted (the year's event dates plus type, status, cover reason, at risk, heirs or scholarship year), when
 * the reader's role may open it; FINANCE, which has no claim list, is led to the claims at risk.
 */
@Named
@ViewScoped
public class ClaimsReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CLAIMS = "/claims/index.xhtml";
    static final String AT_RISK = "/claims/at-risk.xhtml";

    @Inject
    ClaimsReportService reports;

    @Inject
    ReportLinks links;

    @Inject
    Messages messages;

    @Inject
    BusinessClock clock;

    @Inject
    ReportRenderer renderer;

    private Integer year;
    private String language;
    private List<Integer> years;
    private ClaimReport report;
    private String typeChart;
    private String decisionChart;
    private String statusChart;
    private String notCoveredChart;
    private long notCoveredClaims;

    @PostConstruct
    void init() {
        years = reports.years();
        year = clock.today().getYear();
        language = messages.locale().getLanguage();
    }

    /** Reads the figures of the year chosen (on opening the page and on every change). */
    public void load() {
        if (year == null) {
            year = clock.today().getYear();
        }
        report = reports.figures(year);
        List<ReportDocument.Section> sections = reports.document(report, messages.locale()).sections();
        typeChart = chart(sections.get(0));
        decisionChart = chart(sections.get(1));
        statusChart = chart(sections.get(2));
        notCoveredChart = chart(sections.get(3));
        notCoveredClaims = report.notCovered().stream().mapToLong(ClaimReport.NotCovered::claims).sum();
    }

    private String chart(ReportDocument.Section section) {
        return ChartJs.config(section.chart(), messages::text, messages.locale());
    }

    // ---------------------------------------------------------------- downloads (R-07, audited)

    public StreamedContent getXlsx() {
        return download("xlsx");
    }

    public StreamedContent getPdf() {
        return download("pdf");
    }

    private StreamedContent download(String format) {
        Locale locale = ReportDownloads.language(language);
        reports.downloaded(report, format);
        return ReportDownloads.content(renderer, reports.document(report, locale), locale, format,
                "laporan-klaim-" + report.year());
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }

    // ---------------------------------------------------------------- where each figure leads

    /** The year's claims, optionally of a type, a status, a cover reason or cover (any may be {@code null}). */
    public String claims(String type, String status, String reason, Boolean covered) {
        return links.to(CLAIMS, "from", first(), "to", last(), "type", type, "status", status, "reason", reason,
                "covered", covered);
    }

    /** The year's claims at risk; for FINANCE (no claim list) the claims at risk of every year. */
    public String atRisk() {
        String list = links.to(CLAIMS, "from", first(), "to", last(), "atRisk", true);
        return list != null ? list : links.to(AT_RISK);
    }

    /** The year's claims with heirs recorded. */
    public String heirs() {
        return links.to(CLAIMS, "from", first(), "to", last(), "withHeirs", true);
    }

    /** The claims with a child's scholarship in the school year starting in the year. */
    public String scholarships() {
        return links.to(CLAIMS, "scholarshipYear", report.year());
    }

    private LocalDate first() {
        return LocalDate.of(report.year(), 1, 1);
    }

    private LocalDate last() {
        return LocalDate.of(report.year(), 12, 31);
    }

    /** Claims not covered, all reasons together. */
    public long getNotCoveredClaims() {
        return notCoveredClaims;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public ClaimReport getReport() { return report; }
    public String getTypeChart() { return typeChart; }
    public String getDecisionChart() { return decisionChart; }
    public String getStatusChart() { return statusChart; }
    public String getNotCoveredChart() { return notCoveredChart; }
}
