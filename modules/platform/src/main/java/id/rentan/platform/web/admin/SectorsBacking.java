package id.rentan.platform.web.admin;

import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.application.reference.ReferenceDataService;
import id.rentan.platform.api.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The sector administration screen (ADMIN): add sectors (E-04), rename, (de)activate. */
@Named
@ViewScoped
public class SectorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceDataService reference;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Messages messages;

    private boolean creating;
    private String code;
    private String nameId;
    private String nameEn;
    private boolean active;

    public List<SectorInfo> getSectors() {
        return organisations.sectors();
    }

    public void startCreate() {
        creating = true;
        code = null;
        nameId = null;
        nameEn = null;
        active = true;
    }

    public void startEdit(SectorInfo sector) {
        creating = false;
        code = sector.code();
        nameId = sector.nameId();
        nameEn = sector.nameEn();
        active = sector.active();
    }

    public void save() {
        if (creating) {
            reference.createSector(code, nameId, nameEn);
            messages.info("sectors.created", code);
        } else {
            reference.updateSector(code, nameId, nameEn, active);
            messages.info("sectors.updated", code);
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

    public String getNameId() {
        return nameId;
    }

    public void setNameId(String nameId) {
        this.nameId = nameId;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
