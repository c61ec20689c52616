package id.rentan.participants.web;

import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantInput;
import id.rentan.participants.domain.ParticipantRules;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.identity.Gender;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.identity.Province;
import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The proposal form: a new candidate, a correction of one, or a replacement for an ended participant. The NIK is
 * decoded as it is typed (birth date, gender, province, and every V-01..V-03 problem), and can fill in the birth
 * date and gender.
 */
@Named
@ViewScoped
public class ParticipantFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantService service;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    RegionDirectory regions;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private Long id;
    private Long replaces;
    private Participant replaced;

    private String opd;
    private String nik;
    private String kkNumber;
    private String fullName;
    private String birthPlace;
    private LocalDate birthDate;
    private Gender gender;
    private String motherName;
    private String address;
    private String rt;
    private String rw;
    private String kelurahan;
    private String phone;
    private String sector;
    private Long income;

    // live feedback, refreshed by the ajax listeners
    private List<String> nikProblems = List.of();
    private LocalDate nikBirthDate;
    private Gender nikGender;
    private String nikProvince;
    private List<RuleViolation> preview = List.of();

    /** Loads the candidate to correct ({@code id}) or the participant to replace ({@code replaces}). */
    public void load() {
        opd = callers.scope().restrictedOpd().orElse(null);
        try {
            if (id != null) {
                Participant p = service.view(id);
                opd = p.opdCode();
                nik = p.nik();
                kkNumber = p.kkNumber();
                fullName = p.fullName();
                birthPlace = p.birthPlace();
                birthDate = p.birthDate();
                gender = p.gender();
                motherName = p.motherName();
                address = p.address();
                rt = p.rt();
                rw = p.rw();
                kelurahan = p.kelurahanCode();
                phone = p.phone();
                sector = p.sectorCode();
                income = p.reportedIncome().amount();
                onNikChange();
            } else if (replaces != null) {
                replaced = service.view(replaces);
                opd = replaced.opdCode();
                sector = replaced.sectorCode();
            }
        } catch (BusinessException e) {
            if (e.kind() == BusinessException.Kind.NOT_FOUND) {
                NotFound.send();
                return;
            }
            throw e;
        }
    }

    public String save() {
        ParticipantInput input = input();
        Participant saved;
        if (id != null) {
            saved = service.correct(id, input);
            messages.info("participant.corrected");
        } else if (replaces != null) {
            saved = service.proposeReplacement(replaces, input);
            messages.info("participant.replacementProposed");
        } else {
            saved = service.propose(input, opd);
            messages.info("participant.proposed");
        }
        messages.keepForRedirect();
        return "/participants/view.xhtml?faces-redirect=true&id=" + saved.id();
    }

    private ParticipantInput input() {
        return new ParticipantInput(nik, kkNumber, fullName, birthPlace, birthDate == null ? null : birthDate.toString(),
                gender == null ? null : gender.name(), motherName, address, rt, rw, kelurahan, phone, sector,
                income == null ? null : Long.toString(income));
    }

    /** Fills birth date and gender from the NIK, when it is valid. */
    public void fillFromNik() {
        decoded().ifPresent(n -> {
            birthDate = n.birthDate(clock.today());
            gender = n.gender();
        });
        refreshPreview();
    }

    /** Decodes the NIK as it is typed: its problems, or birth date, gender and province. */
    public void onNikChange() {
        nikProblems = nik == null || nik.isBlank() ? List.of()
                : Nik.check(nik, clock.today()).stream().map(v -> messages.text(v.messageKey(), v.args().toArray()))
                .toList();
        java.util.Optional<Nik> n = decoded();
        nikBirthDate = n.map(x -> x.birthDate(clock.today())).orElse(null);
        nikGender = n.map(Nik::gender).orElse(null);
        nikProvince = n.flatMap(x -> Province.byCode(x.provinceCode())).map(Province::name).orElse(null);
        refreshPreview();
    }

    /** Checks the whole form (nothing saved) so every problem shows before saving. */
    public void refreshPreview() {
        preview = service.check(input(), opd).violations();
    }

    private java.util.Optional<Nik> decoded() {
        if (nik == null || Nik.check(nik, clock.today()).stream().anyMatch(RuleViolation::isError)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Nik.parse(nik, clock.today()));
    }

    public List<String> getNikProblems() { return nikProblems; }
    public LocalDate getNikBirthDate() { return nikBirthDate; }
    public Gender getNikGender() { return nikGender; }
    public String getNikProvince() { return nikProvince; }
    public List<RuleViolation> getPreview() { return preview; }

    public String text(RuleViolation v) {
        return messages.text(v.messageKey(), v.args().toArray());
    }

    public boolean isOpdChoosable() {
        return id == null && replaces == null && callers.scope().restrictedOpd().isEmpty();
    }

    public List<OpdInfo> getOpds() {
        return organisations.opds().stream().filter(OpdInfo::active).toList();
    }

    public List<SectorInfo> getSectors() {
        return organisations.sectors().stream().filter(SectorInfo::active)
                .filter(s -> opd == null || organisations.mayPropose(opd, s.code())).toList();
    }

    public List<KelurahanInfo> getKelurahans() {
        return regions.kelurahan();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReplaces() { return replaces; }
    public void setReplaces(Long replaces) { this.replaces = replaces; }
    public Participant getReplaced() { return replaced; }
    public String getOpd() { return opd; }
    public void setOpd(String opd) { this.opd = opd; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public String getKkNumber() { return kkNumber; }
    public void setKkNumber(String kkNumber) { this.kkNumber = kkNumber; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String birthPlace) { this.birthPlace = birthPlace; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getMotherName() { return motherName; }
    public void setMotherName(String motherName) { this.motherName = motherName; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRt() { return rt; }
    public void setRt(String rt) { this.rt = rt; }
    public String getRw() { return rw; }
    public void setRw(String rw) { this.rw = rw; }
    public String getKelurahan() { return kelurahan; }
    public void setKelurahan(String kelurahan) { this.kelurahan = kelurahan; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public Long getIncome() { return income; }
    public void setIncome(Long income) { this.income = income; }
}
