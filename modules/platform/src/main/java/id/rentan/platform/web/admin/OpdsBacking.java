package id.rentan.platform.web.admin;

import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.application.reference.ReferenceDataService;
import id.rentan.platform.domain.reference.Opd;
import id.rentan.platform.api.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/** The OPD administration screen (ADMIN): create, rename, kind, sectors it may propose (E-04), (de)activate. */
@Named
@ViewScoped
public class OpdsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService reference;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Messages messages;

    private boolean creating;
    private String code;
    private String name;
    private Opd.Kind kind;
    private List<String> sectors = new ArrayList<>();
    private boolean active;

    public List<OpdInfo> getOpds() {
        return organisations.opds();
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public List<Opd.Kind> getKinds() {
        return Arrays.asList(Opd.Kind.values());
    }

    public void startCreate() {
        creating = true;
        code = null;
        name = null;
        kind = Opd.Kind.SECTORAL;
        sectors = new ArrayList<>();
        active = true;
    }

    public void startEdit(OpdInfo opd) {
        creating = false;
        code = opd.code();
        name = opd.name();
        kind = Opd.Kind.valueOf(opd.kind());
        sectors = new ArrayList<>(opd.sectors());
        active = opd.active();
    }

    public void save() {
        if (creating) {
            reference.createOpd(code, name, kind, new HashSet<>(sectors));
            messages.info("opds.created", code);
        } else {
            reference.updateOpd(code, name, kind, new HashSet<>(sectors), active);
            messages.info("opds.updated", code);
        }
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Opd.Kind getKind() {
        return kind;
    }

    public void setKind(Opd.Kind kind) {
        this.kind = kind;
    }

    public List<String> getSelectedSectors() {
        return sectors;
    }

    public void setSelectedSectors(List<String> selected) {
        this.sectors = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
