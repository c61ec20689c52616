package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistrationService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * BPJS's work list: participants submitted and waiting for their registration result. One at a time (KPJ and
 * coverage start, or a refusal with BPJS's reason) or many at once by uploading BPJS's results file, with a report
 * per row.
 */
@Named
@ViewScoped
public class RegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistryService registry;

    @Inject
    ParticipantService service;

    @Inject
    RegistrationService registrations;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private String nik;
    private ParticipantSummary current;
    private String kpj;
    private LocalDate coverageStart;
    private String reason;
    private List<BulkResult.Row> uploadReport = List.of();

    private PagedDataModel<ParticipantSummary> model;

    @PostConstruct
    void init() {
        model = new PagedDataModel<>(request -> registry.search(new ParticipantFilter(nik, null,
                ParticipantStatus.SUBMITTED, null, null, null, null, null, null, null, null), request),
                row -> Long.toString(row.id()));
    }

    public void choose(ParticipantSummary row) {
        current = row;
        kpj = null;
        reason = null;
        coverageStart = clock.today().withDayOfMonth(1).plusMonths(1);
    }

    public void register() {
        service.register(current.id(), kpj, coverageStart);
        messages.info("participant.registered", kpj);
        current = null;
    }

    public void refuse() {
        service.refuseRegistration(current.id(), reason);
        messages.info("participant.registrationRefused");
        current = null;
    }

    public void upload(FileUploadEvent event) {
        BulkResult result = registrations.upload(event.getFile().getContent(), event.getFile().getFileName());
        uploadReport = result.rows();
        messages.info("registration.uploaded", result.doneCount(), result.refusedCount());
    }

    public String text(BulkResult.Row row) {
        return row.done() ? "" : messages.text(row.messageKey(), row.args().toArray());
    }

    public StreamedContent getTemplate() {
        return DefaultStreamedContent.builder()
                .name("hasil-pendaftaran-bpjs.csv")
                .contentType(TabularFormat.CSV.mediaType())
                .writer(out -> {
                    TableWriter w = TableWriter.csv(out);
                    w.header(List.of("nik", "kpj", "tanggal_mulai", "status", "alasan"));
                    w.row("3574014107900001", "24011234567", "2027-01-01", "REGISTERED", "");
                    w.row("3574010501850002", "", "", "REJECTED", "Terdaftar aktif di segmen PU (E-05)");
                    w.close();
                })
                .build();
    }

    public PagedDataModel<ParticipantSummary> getModel() { return model; }
    public String getNik() { return nik; }
    public void setNik(String nik) { this.nik = nik; }
    public ParticipantSummary getCurrent() { return current; }
    public String getKpj() { return kpj; }
    public void setKpj(String kpj) { this.kpj = kpj; }
    public LocalDate getCoverageStart() { return coverageStart; }
    public void setCoverageStart(LocalDate coverageStart) { this.coverageStart = coverageStart; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<BulkResult.Row> getUploadReport() { return uploadReport; }
}
