package id.rentan.reporting.web;

import id.rentan.participants.api.CoverageFigures;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.reporting.application.TargetService;
import id.rentan.reporting.domain.CoverageTarget;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** the years' populations and targets; the administrator enters them, the auditor reads them. */
@Named
@ViewScoped
public class TargetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetService service;

    @Inject
    CallerContext callers;

    @Inject
    CoverageFigures figures;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private List<CoverageTarget> targets;
    private Integer year;
    private Long population;
    private BigDecimal targetPercent = CoverageTarget.DEFAULT_PERCENT;
    private String note;

    @PostConstruct
    void init() {
        year = clock.today().getYear();
        load();
    }

    private void load() {
        targets = service.all();
    }

    /** Fills the form with a year's figures, to change them. */
    public void edit(CoverageTarget t) {
        year = t.year();
        population = t.population();
        targetPercent = t.targetPercent();
        note = t.sourceNote();
    }

    public void save() {
        if (year == null || population == null) {
            messages.error("target.required");
            return;
        }
        try {
            CoverageTarget t = service.save(year, population, targetPercent, note);
            messages.info("target.saved", t.year());
            load();
        } catch (BusinessException e) {
            messages.show(e);
        }
    }

    /** Recounts the coverage figures from the registry and rebuilds them if they differ (ADR 0016). */
    public void checkCounts() {
        try {
            CoverageFigures.CoverageCheck check = figures.check(true);
            if (check.mismatches() == 0) {
                messages.info("target.check.clean", check.cells());
            } else {
                messages.warn("target.check.repaired", check.mismatches(), check.cells());
            }
        } catch (BusinessException e) {
            messages.show(e);
        }
    }

    public boolean isMayEdit() {
        return callers.caller().hasRole(Role.ADMIN);
    }

    public List<CoverageTarget> getTargets() { return targets; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getPopulation() { return population; }
    public void setPopulation(Long population) { this.population = population; }
    public BigDecimal getTargetPercent() { return targetPercent; }
    public void setTargetPercent(BigDecimal targetPercent) { this.targetPercent = targetPercent; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
