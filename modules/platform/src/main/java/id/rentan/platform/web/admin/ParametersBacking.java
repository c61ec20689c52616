package id.rentan.platform.web.admin;

import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.param.ParameterService;
import id.rentan.platform.domain.param.ParameterTimeline;
import id.rentan.platform.domain.param.ParameterVersion;
import id.rentan.platform.api.ui.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The dated parameters screen: every amount, age and period with its value on a chosen date and its versions.
 * ADMIN adds a version from a date (the one in force ends the day before), corrects or withdraws a version that has
 * not taken effect; everyone else who may open the page reads.
 */
@Named
@ViewScoped
public class ParametersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A parameter as a row.
     *
     * @param code     the parameter
     * @param value    its value on the chosen date, or {@code null}
     * @param legalBasis the regulation of that value
     * @param versions all versions, newest first
     */
    public record Row(ParameterCode code, BigDecimal value, String legalBasis, List<VersionRow> versions)
            implements Serializable {
    }

    /**
     * A version as a row.
     *
     * @param id         version id
     * @param value      the number
     * @param validFrom  first day
     * @param validTo    last day or {@code null}
     * @param legalBasis the regulation
     * @param createdBy  who added it
     * @param future     whether it has not taken effect yet (so it may be corrected or withdrawn)
     * @param latest     whether it is the newest version
     */
    public record VersionRow(long id, BigDecimal value, LocalDate validFrom, LocalDate validTo, String legalBasis,
                             String createdBy, boolean future, boolean latest) implements Serializable {
    }

    @Inject
    ParameterService parameters;

    @Inject
    BusinessClock clock;

    @Inject
    CallerContext callers;

    @Inject
    Messages messages;

    private LocalDate date;
    private List<Row> rows;

    // dialog
    private ParameterCode formCode;
    private Long formVersionId;
    private BigDecimal formValue;
    private LocalDate formValidFrom;
    private String formLegalBasis;

    @PostConstruct
    void init() {
        date = clock.today();
        load();
    }

    public void load() {
        LocalDate on = date == null ? clock.today() : date;
        LocalDate today = clock.today();
        rows = parameters.timelines().stream().map(t -> row(t, on, today)).toList();
    }

    private static Row row(ParameterTimeline t, LocalDate on, LocalDate today) {
        List<ParameterVersion> versions = t.versions();
        ParameterVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<VersionRow> versionRows = versions.stream()
                .map(v -> new VersionRow(v.id(), v.value(), v.validFrom(), v.validTo(), v.legalBasis(),
                        v.createdBy(), v.validFrom().isAfter(today), v == latest))
                .sorted((a, b) -> b.validFrom().compareTo(a.validFrom()))
                .toList();
        var current = t.versionOn(on);
        return new Row(t.code(), current.map(ParameterVersion::value).orElse(null),
                current.map(ParameterVersion::legalBasis).orElse(null), versionRows);
    }

    public boolean isEditable() {
        return callers.caller().hasRole(Role.ADMIN);
    }

    public void startAdd(Row row) {
        formCode = row.code();
        formVersionId = null;
        formValue = row.value();
        formValidFrom = clock.today().plusDays(1);
        formLegalBasis = null;
    }

    public void startCorrect(Row row, VersionRow version) {
        formCode = row.code();
        formVersionId = version.id();
        formValue = version.value();
        formValidFrom = version.validFrom();
        formLegalBasis = version.legalBasis();
    }

    public void save() {
        if (formVersionId == null) {
            parameters.addVersion(formCode, formValue, formValidFrom, formLegalBasis);
            messages.info("parameters.added", formCode.name());
        } else {
            parameters.correctFutureVersion(formVersionId, formValue, formLegalBasis);
            messages.info("parameters.corrected", formCode.name());
        }
        load();
    }

    public void withdraw(Row row, VersionRow version) {
        parameters.withdrawFutureVersion(version.id());
        messages.info("parameters.withdrawn", row.code().name());
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ParameterCode getFormCode() {
        return formCode;
    }

    public boolean isCorrecting() {
        return formVersionId != null;
    }

    public BigDecimal getFormValue() {
        return formValue;
    }

    public void setFormValue(BigDecimal formValue) {
        this.formValue = formValue;
    }

    public LocalDate getFormValidFrom() {
        return formValidFrom;
    }

    public void setFormValidFrom(LocalDate formValidFrom) {
        this.formValidFrom = formValidFrom;
    }

    public String getFormLegalBasis() {
        return formLegalBasis;
    }

    public void setFormLegalBasis(String formLegalBasis) {
        this.formLegalBasis = formLegalBasis;
    }
}
