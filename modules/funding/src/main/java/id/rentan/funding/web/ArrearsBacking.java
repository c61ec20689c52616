package id.rentan.funding.web;

import id.rentan.funding.application.ArrearsService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Participants at risk: covered months without a paid premium, since when and how much (OPD-scoped by the service),
 * as the last arrears check left them; an administrator can run the check now.
 */
@Named
@ViewScoped
public class ArrearsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArrearsService arrears;

    @Inject
    CallerContext callers;

    @Inject
    Messages messages;

    private PagedDataModel<FundingRepository.Arrear> model;
    private ArrearsService.CheckResult lastRun;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(arrears::atRisk, row -> Long.toString(row.participantId()));
    }

    public void check() {
        lastRun = arrears.check();
        messages.info("funding.arrears.checked", lastRun.lastDueMonth().toString(), lastRun.atRisk(),
                lastRun.enteredGrace(), lastRun.lapsed(), lastRun.backToActive());
    }

    public boolean isMayCheck() {
        return callers.caller().hasRole(Role.ADMIN);
    }

    public PagedDataModel<FundingRepository.Arrear> getModel() { return model; }
    public ArrearsService.CheckResult getLastRun() { return lastRun; }
}
