package id.rentan.reporting.web;

import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The reports overview: a card for each report the caller's role may open (as {@link ReportingModule} allows). */
@Named
@RequestScoped
public class ReportsIndexBacking {

    /** A report's card. */
    public record Card(String id, String page, String icon, String titleKey, String textKey) {
    }

    private static final List<Card> CARDS = List.of(
            new Card("coverage", "/reporting/coverage.xhtml", "pi pi-users", "menu.reporting.coverage", "reporting.coverage.text"),
            new Card("budget", "/reporting/budget.xhtml", "pi pi-wallet", "menu.reporting.budget", "reporting.budget.text"),
            new Card("claims", "/reporting/claims.xhtml", "pi pi-heart", "menu.reporting.claims", "reporting.claims.text"),
            new Card("quality", "/reporting/quality.xhtml", "pi pi-check-square", "menu.reporting.quality", "reporting.quality.text"),
            new Card("evidence", "/reporting/evidence.xhtml", "pi pi-briefcase", "menu.reporting.evidence", "reporting.evidence.text"),
            new Card("targets", "/reporting/targets.xhtml", "pi pi-flag", "menu.reporting.targets", "reporting.targets.text"));

    @Inject
    CallerContext callers;

    @Inject
    ReportingModule module;

    public List<Card> getReports() {
        Caller caller = callers.caller();
        return CARDS.stream().filter(c -> module.pages().stream().filter(p -> p.covers(c.page()))
                .map(PageAccess::roles).anyMatch(roles -> roles.stream().anyMatch(caller::hasRole))).toList();
    }
}
