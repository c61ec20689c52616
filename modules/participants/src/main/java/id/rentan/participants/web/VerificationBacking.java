package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The verification team's work list: candidates of every OPD, filtered, selected one by one or a page at a time,
 * verified or rejected with a reason. Each participant is done or refused on its own, and the screen says which.
 */
@Named
@ViewScoped
public class VerificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    ParticipantService service;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Messages messages;

    private String nik;
    private String opd;
    private String sector;
    private String name;
    private List<ParticipantSummary> selected = new ArrayList<>();
    private String reason;
    private List<String> refusals = List.of();

    private PagedDataModel<ParticipantSummary> model;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> registry.search(new ParticipantFilter(nik, name,
                ParticipantStatus.CANDIDATE, sector, opd, null, null, null, null, null, null), request),
                row -> Long.toString(row.id()));
    }

    public void verifySelected() {
        report(service.verify(ids()), "verification.verified");
    }

    public void rejectSelected() {
        report(service.reject(ids(), reason), "verification.rejected");
        reason = null;
    }

    private List<Long> ids() {
        if (selected == null || selected.isEmpty()) {
            throw new BusinessException("participant.selection.empty");
        }
        return selected.stream().map(ParticipantSummary::id).toList();
    }

    private void report(BulkResult result, String key) {
        messages.info(key, result.doneCount());
        List<String> texts = new ArrayList<>();
        for (BulkResult.Row row : result.rows()) {
            if (!row.done()) {
                texts.add("#" + row.participantId() + ": " + messages.text(row.messageKey(), row.args().toArray()));
            }
        }
        refusals = texts;
        if (!texts.isEmpty()) {
            messages.warn("verification.someRefused", texts.size());
        }
        selected = new ArrayList<>();
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public PagedDataModel<ParticipantSummary> getModel() { return model; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<ParticipantSummary> getSelected() { return selected; }
    public void setSelected(List<ParticipantSummary> selected) { this.selected = selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getRefusals() { return refusals; }
}
