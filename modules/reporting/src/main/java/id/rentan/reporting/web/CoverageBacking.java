package id.rentan.reporting.web;

import id.rentan.participants.api.CoverageFigures.CoverageDimension;
import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.participants.api.CoverageFigures.MonthCount;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.reporting.application.CoverageReport;
import id.rentan.reporting.application.CoverageReportService;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The coverage dashboard (R-01..R-03): covered participants against the year's population and target, the trend, the
 * change from the year before and the breakdowns; each figure links to the registry list behind it.
 */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageReportService service;

    @Inject
    ReportRenderer renderer;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private int year;
    private String opd;
    private String sector;
    private String kecamatan;
    private String language;
    private CoverageReport report;
    private String trendChart;
    private final Map<CoverageDimension, String> charts = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        language = messages.locale().getLanguage();
        load();
    }

    /** Loads the report for the chosen year and filters (also the charts: nothing is computed in getters). */
    public void load() {
        try {
            report = service.report(year, new CoverageFilter(blank(opd), blank(sector), blank(kecamatan), null, null),
                    messages.locale());
        } catch (BusinessException e) {
            messages.show(e);
            return;
        }
        List<MonthCount> months = report.months();
        trendChart = ChartJson.of("line", months.stream().map(m -> m.month().toString()).toList(),
                List.of(messages.text("coverage.column.covered")),
                List.of(months.stream().map(MonthCount::covered).toList()));
        charts.clear();
        for (CoverageDimension d : List.of(CoverageDimension.SECTOR, CoverageDimension.OPD,
                CoverageDimension.KECAMATAN, CoverageDimension.GENDER, CoverageDimension.AGE_BAND)) {
            List<CoverageReport.Group> groups = report.group(d);
            charts.put(d, ChartJson.of(d == CoverageDimension.OPD ? "hbar" : "bar",
                    groups.stream().map(CoverageReport.Group::label).toList(),
                    List.of(messages.text("coverage.column.covered")),
                    List.of(groups.stream().map(CoverageReport.Group::covered).toList())));
        }
    }

    public void clear() {
        opd = null;
        sector = null;
        kecamatan = null;
        load();
    }

    /** The registry list behind a figure: covered in the report's month, within the filters and the group. */
    public String link(String dimension, String key) {
        StringBuilder url = new StringBuilder("/participants/index.xhtml?coveredIn=").append(report.month());
        param(url, "opd", dimension.equals("OPD") ? key : blank(opd));
        param(url, "sector", dimension.equals("SECTOR") ? key : blank(sector));
        param(url, "kecamatan", dimension.equals("KECAMATAN") ? key : blank(kecamatan));
        param(url, "kelurahan", dimension.equals("KELURAHAN") ? key : null);
        param(url, "gender", dimension.equals("GENDER") ? key : null);
        param(url, "ageBand", dimension.equals("AGE_BAND") ? key : null);
        return url.toString();
    }

    /** The registry list behind a month's figure. */
    public String monthLink(MonthCount month) {
        StringBuilder url = new StringBuilder("/participants/index.xhtml?coveredIn=").append(month.month());
        param(url, "opd", blank(opd));
        param(url, "sector", blank(sector));
        param(url, "kecamatan", blank(kecamatan));
        return url.toString();
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** Whether the caller may open the registry (the lists behind the figures). */
    public boolean isMayDrill() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.BPJS_OFFICER,
                Role.AUDITOR);
    }

    public StreamedContent getXlsx() {
        return download("xlsx");
    }

    public StreamedContent getPdf() {
        return download("pdf");
    }

    private StreamedContent download(String format) {
        Locale locale = ReportDownloads.language(language);
        CoverageReport r = locale.getLanguage().equals(messages.locale().getLanguage()) ? report
                : service.report(year, report.filter(), locale);
        service.downloaded(r, format);
        return ReportDownloads.content(renderer, service.document(r, locale), locale, format,
                "laporan-cakupan-" + year);
    }

    public List<Integer> getYears() {
        int now = clock.today().getYear();
        return IntStream.rangeClosed(2024, now).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public List<KecamatanInfo> getKecamatanList() {
        return regions.kecamatan();
    }

    public boolean isOpdFixed() {
        return callers.scope().restrictedOpd().isPresent();
    }

    /** The breakdowns shown, in order. */
    public List<CoverageDimension> getDimensions() {
        List<CoverageDimension> out = new ArrayList<>();
        for (CoverageDimension d : CoverageDimension.values()) {
            if (report != null && report.groups().containsKey(d)) {
                out.add(d);
            }
        }
        return out;
    }

    public String chart(CoverageDimension d) {
        return charts.get(d);
    }

    public boolean hasChart(CoverageDimension d) {
        return charts.containsKey(d) && !report.group(d).isEmpty();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public CoverageReport getReport() { return report; }
    public String getTrendChart() { return trendChart; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getKecamatan() { return kecamatan; }
    public void setKecamatan(String kecamatan) { this.kecamatan = kecamatan; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
