package id.rentan.claims.web;

import id.rentan.claims.application.ClaimService;
import id.rentan.claims.domain.Claim;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The claims at risk (CL-01): covered only if the event's month is paid by its pay-by day. For FINANCE (who pays
 * the month's invoice), the administrator and the auditor, server-paged; each claim is checked again by the service
 * first, so a month paid since drops off.
 */
@Named
@ViewScoped
public class AtRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Pay-by days this close (or past) are highlighted. */
    static final int CLOSE_DAYS = 14;

    @Inject
    ClaimService claims;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    private LocalDate today;
    private PagedDataModel<Claim> model;

    @PostConstruct
    void init() {
        today = clock.today();
        model = new PagedDataModel<>(request -> claims.atRisk(request), row -> Long.toString(row.id()));
    }

    /** Whether the month must be paid soon (or should have been). */
    public boolean close(Claim claim) {
        return claim.payBy() != null && ChronoUnit.DAYS.between(today, claim.payBy()) <= CLOSE_DAYS;
    }

    public long daysLeft(Claim claim) {
        return claim.payBy() == null ? 0 : ChronoUnit.DAYS.between(today, claim.payBy());
    }

    public YearMonth month(Claim claim) {
        return YearMonth.from(claim.eventDate());
    }

    /** FINANCE does not open claims; the others may follow the link to the claim. */
    public boolean isMayOpenClaim() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.AUDITOR);
    }

    public PagedDataModel<Claim> getModel() { return model; }
}
