package id.rentan.funding.web;

import id.rentan.funding.application.BudgetFigures;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.CommitmentService;
import id.rentan.funding.domain.AllocationVersion;
import id.rentan.funding.domain.BudgetLine;
import id.rentan.funding.domain.FundingSource;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Allocations (F-01): the budget lines of a year with every version (amount, who, when, why), so that revisions stay
 * visible; an administrator records an allocation or a revision with a reason, opens a fiscal year (commitments of
 * every covered participant) and keeps the funding sources.
 */
@Named
@ViewScoped
public class AllocationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetService budgets;

    @Inject
    CommitmentService commitments;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private int year;
    private List<Integer> years;
    private List<Integer> formYears;
    private List<BudgetFigures> lines = List.of();
    private Map<Long, List<AllocationVersion>> versions = Map.of();
    private List<FundingSource> sources = List.of();
    private List<FundingSource> activeSources = List.of();

    // the allocation form
    private Integer formYear;
    private String formSource;
    private Long formAmount;
    private String formOpd;
    private String formSector;
    private String formReason;

    // opening a fiscal year
    private Integer openYear;

    // the funding source dialog
    private boolean creatingSource;
    private String sourceCode;
    private String sourceName;
    private Integer sourcePriority;
    private boolean sourceActive;

    @PostConstruct
    void init() {
        int today = clock.today().getYear();
        year = today;
        years = IntStream.rangeClosed(today - 3, today + 2).boxed().sorted((a, b) -> b - a).toList();
        // allocations are recorded for last year (late corrections), this year (revisions), the next (the budget)
        // or the one after
        formYears = IntStream.rangeClosed(today - 1, today + 2).boxed().toList();
        openYear = today + 1;
        resetForm();
        load();
    }

    /** Reads the lines of the chosen year, their versions, and the sources. */
    public void load() {
        lines = budgets.overview(year);
        Map<Long, List<AllocationVersion>> byLine = new HashMap<>();
        for (BudgetFigures line : lines) {
            byLine.put(line.lineId(), budgets.versions(line.lineId()).stream()
                    .sorted(Comparator.comparingInt(AllocationVersion::version).reversed()).toList());
        }
        versions = byLine;
        readSources();
    }

    private void readSources() {
        sources = budgets.sources();
        activeSources = sources.stream().filter(FundingSource::active).toList();
    }

    public void allocate() {
        BudgetLine line = budgets.allocate(formYear, formSource, formAmount == null ? null : Rupiah.of(formAmount),
                formOpd, formSector, formReason);
        messages.info("funding.ui.allocation.saved", formSource, formYear, line.version());
        year = formYear;
        resetForm();
        load();
    }

    private void resetForm() {
        formYear = formYears.contains(year) ? year : clock.today().getYear();
        formSource = null;
        formAmount = null;
        formOpd = null;
        formSector = null;
        formReason = null;
    }

    public void openFiscalYear() {
        int[] counts = commitments.openYear(openYear);
        messages.info("funding.ui.openYear.done", openYear, counts[0], counts[1], counts[2]);
        if (openYear == year) {
            load();
        }
    }

    public void startCreateSource() {
        creatingSource = true;
        sourceCode = null;
        sourceName = null;
        sourcePriority = sources.stream().mapToInt(FundingSource::priority).max().orElse(0) + 1;
        sourceActive = true;
    }

    public void startEditSource(FundingSource source) {
        creatingSource = false;
        sourceCode = source.code();
        sourceName = source.name();
        sourcePriority = source.priority();
        sourceActive = source.active();
    }

    public void saveSource() {
        FundingSource saved = budgets.saveSource(sourceCode, sourceName, sourcePriority, sourceActive);
        messages.info(creatingSource ? "funding.ui.source.created" : "funding.ui.source.updated", saved.code());
        readSources();
    }

    /** The versions of a line, newest first (read by {@link #load}). */
    public List<AllocationVersion> versionsOf(Long lineId) {
        return versions.getOrDefault(lineId, List.of());
    }

    public boolean isMayAllocate() {
        return callers.caller().hasRole(Role.ADMIN);
    }

    public List<FundingSource> getActiveSources() {
        return activeSources;
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<Integer> getFormYears() { return formYears; }
    public List<BudgetFigures> getLines() { return lines; }
    public List<FundingSource> getSources() { return sources; }
    public Integer getFormYear() { return formYear; }
    public void setFormYear(Integer formYear) { this.formYear = formYear; }
    public String getFormSource() { return formSource; }
    public void setFormSource(String formSource) { this.formSource = formSource; }
    public Long getFormAmount() { return formAmount; }
    public void setFormAmount(Long formAmount) { this.formAmount = formAmount; }
    public String getFormOpd() { return formOpd; }
    public void setFormOpd(String formOpd) { this.formOpd = formOpd; }
    public String getFormSector() { return formSector; }
    public void setFormSector(String formSector) { this.formSector = formSector; }
    public String getFormReason() { return formReason; }
    public void setFormReason(String formReason) { this.formReason = formReason; }
    public Integer getOpenYear() { return openYear; }
    public void setOpenYear(Integer openYear) { this.openYear = openYear; }
    public boolean isCreatingSource() { return creatingSource; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getSourceName() { return sourceName; }
    public void setSourceName(String sourceName) { this.sourceName = sourceName; }
    public Integer getSourcePriority() { return sourcePriority; }
    public void setSourcePriority(Integer sourcePriority) { this.sourcePriority = sourcePriority; }
    public boolean isSourceActive() { return sourceActive; }
    public void setSourceActive(boolean sourceActive) { this.sourceActive = sourceActive; }
}
