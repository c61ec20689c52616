package id.rentan.funding.web;

import id.rentan.funding.application.BudgetFigures;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.domain.FundingSource;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The budget overview (F-07) of a fiscal year: per funding source and per budget line (OPD/sector split), what is
 * allocated, committed, invoiced, paid and left, the absorption and the places left at today's rate. The year may come
 * from the address ({@code ?year=2026}, e.g. from a report's figure).
 */
@Named
@ViewScoped
public class BudgetOverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetService budgets;

    @Inject
    BusinessClock clock;

    private int year;
    private List<Integer> years;
    private List<BudgetFigures> bySource = List.of();
    private List<BudgetFigures> lines = List.of();
    private final Map<String, String> sourceNames = new HashMap<>();

    @PostConstruct
    void init() {
        int today = clock.today().getYear();
        year = today;
        years = IntStream.rangeClosed(today - 3, today + 2).boxed().sorted((a, b) -> b - a).toList();
        for (FundingSource s : budgets.sources()) {
            sourceNames.put(s.code(), s.name());
        }
    }

    /** Reads the figures of the chosen year (on opening the page, the year may come from the address). */
    public void load() {
        bySource = budgets.bySource(year);
        lines = budgets.overview(year);
    }

    public String sourceName(String code) {
        return sourceNames.getOrDefault(code, code);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<BudgetFigures> getBySource() { return bySource; }
    public List<BudgetFigures> getLines() { return lines; }
}
