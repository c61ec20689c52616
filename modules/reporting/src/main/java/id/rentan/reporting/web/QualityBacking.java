package id.rentan.reporting.web;

import id.rentan.participants.api.ProposalStatistics.OpdProposals;
import id.rentan.participants.api.ProposalStatistics.QualityFigures;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.reporting.application.QualityReportService;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The data-quality dashboard: proposals refused by reason and OPD, and the time from proposal to ACTIVE. */
@Named
@ViewScoped
public class QualityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QualityReportService service;

    @Inject
    ReportRenderer renderer;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private int year;
    private String language;
    private QualityFigures figures;
    private String chart;

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        language = messages.locale().getLanguage();
        load();
    }

    public void load() {
        try {
            figures = service.report(year);
        } catch (BusinessException e) {
            messages.show(e);
            return;
        }
        List<OpdProposals> opds = figures.opds();
        chart = ChartJson.of("bar", opds.stream().map(OpdProposals::opdCode).toList(),
                List.of(messages.text("quality.column.proposed"), messages.text("quality.column.rejected"),
                        messages.text("quality.column.importRejected")),
                List.of(opds.stream().map(OpdProposals::proposed).toList(),
                        opds.stream().map(OpdProposals::rejected).toList(),
                        opds.stream().map(OpdProposals::importRowsRejected).toList()));
    }

    /** Whether the caller may open the registry (the lists behind the figures). */
    public boolean isMayDrill() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.VERIFIER, Role.OPD_OPERATOR, Role.AUDITOR);
    }

    public StreamedContent getXlsx() {
        return download("xlsx");
    }

    public StreamedContent getPdf() {
        return download("pdf");
    }

    private StreamedContent download(String format) {
        Locale locale = ReportDownloads.language(language);
        service.downloaded(year, format);
        return ReportDownloads.content(renderer, service.document(figures, locale), locale, format,
                "laporan-kualitas-data-" + year);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(2024, clock.today().getYear()).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    public QualityFigures getFigures() { return figures; }
    public String getChart() { return chart; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
