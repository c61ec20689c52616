package id.rentan.reporting.web;

import id.rentan.funding.api.BudgetReport;
import id.rentan.funding.api.FundingSourceInfo;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.reporting.application.BudgetReportService;
import id.rentan.reporting.domain.ReportDocument;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The budget dashboard: a year and a source to choose (also from the address: {@code ?year=2026&source=APBD}),
 * summary cards, charts by source and by month, and tables whose every figure links to the list behind it when the
 * reader's role may open that list (invoices of the year, month, source and status; the budget overview; the
 * participants at risk).
 */
@Named
@ViewScoped
public class BudgetReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String INVOICES = "/funding/invoices.xhtml";
    static final String OVERVIEW = "/funding/index.xhtml";
    static final String ARREARS = "/funding/arrears.xhtml";

    @Inject
    BudgetReportService reports;

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
    private String source;
    private List<Integer> years;
    private List<FundingSourceInfo> sources;
    private BudgetReport report;
    private List<Double> cumulative = List.of();
    private List<BudgetReport.Source> sourceRows = List.of();
    private String sourcesChart;
    private String monthsChart;

    @PostConstruct
    void init() {
        years = reports.years();
        sources = reports.sources();
        year = clock.today().getYear();
        language = messages.locale().getLanguage();
    }

    /** Reads the figures of the year and source chosen (on opening the page and on every change). */
    public void load() {
        if (year == null) {
            year = clock.today().getYear();
        }
        report = reports.figures(year, source);
        cumulative = BudgetReportService.cumulativeAbsorption(report);
        List<BudgetReport.Source> rows = new ArrayList<>(report.sources());
        rows.add(report.total());
        sourceRows = List.copyOf(rows);
        ReportDocument document = reports.document(report, messages.locale());
        sourcesChart = ChartJs.config(document.sections().get(0).chart(), messages::text, messages.locale());
        monthsChart = ChartJs.config(document.sections().get(1).chart(), messages::text, messages.locale());
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
                "laporan-anggaran-" + report.year() + (report.sourceCode() == null ? "" : "-" + report.sourceCode()));
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }

    // ---------------------------------------------------------------- where each figure leads

    /** The year's invoices, optionally of a month, a source (else the one chosen) and a status. */
    public String invoices(Integer month, String sourceCode, String status) {
        return links.to(INVOICES, "year", report.year(), "month", month, "source",
                sourceCode == null ? report.sourceCode() : sourceCode, "status", status);
    }

    /** The budget overview of the year (allocations and commitments per budget line). */
    public String overview() {
        return links.to(OVERVIEW, "year", report.year());
    }

    /** The participants at risk. */
    public String arrears() {
        return links.to(ARREARS);
    }

    // ---------------------------------------------------------------- reading

    public String monthName(int month) {
        return BudgetReportService.monthName(month, messages.locale());
    }

    public YearMonth yearMonth(int month) {
        return YearMonth.of(report.year(), month);
    }

    /** F-07: paid up to the end of the month over the year's allocation, or {@code null} without one. */
    public Double cumulativeAbsorption(int month) {
        return cumulative.get(month - 1);
    }

    public String sourceName(String code) {
        return sources.stream().filter(s -> s.code().equals(code)).map(FundingSourceInfo::name).findFirst()
                .orElse(code);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source == null || source.isBlank() ? null : source; }
    public List<Integer> getYears() { return years; }
    public List<FundingSourceInfo> getSources() { return sources; }
    public BudgetReport getReport() { return report; }
    /** The sources, then the total (its source code {@code null}). */
    public List<BudgetReport.Source> getSourceRows() { return sourceRows; }
    public String getSourcesChart() { return sourcesChart; }
    public String getMonthsChart() { return monthsChart; }
}
