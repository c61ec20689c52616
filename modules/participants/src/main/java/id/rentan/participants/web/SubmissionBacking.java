package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.participants.domain.Submission;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Messages;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Submission to BPJS: how many verified participants wait, submit them as a batch with the planned first month of
 * cover, see who was refused and why, and download each batch with the fields BPJS needs.
 */
@Named
@ViewScoped
public class SubmissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionService submissions;

    @Inject
    RegistryService registry;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Messages messages;

    private LocalDate plannedStart;
    private long waiting;
    private List<String> refusals = List.of();
    private PagedDataModel<Submission> batches;

    @PostConstruct
    void init() {
        plannedStart = YearMonth.from(clock.today()).plusMonths(1).atDay(1);
        batches = new PagedDataModel<>(submissions::batches, b -> Long.toString(b.id()));
        refresh();
    }

    private void refresh() {
        waiting = registry.countByStatus().getOrDefault(ParticipantStatus.VERIFIED, 0L);
    }

    public void submit() {
        SubmissionService.SubmissionResult result = submissions.submit(null,
                plannedStart == null ? null : YearMonth.from(plannedStart));
        List<String> texts = new ArrayList<>();
        for (BulkResult.Row row : result.result().rows()) {
            if (!row.done()) {
                texts.add("#" + row.participantId() + ": " + messages.text(row.messageKey(), row.args().toArray()));
            }
        }
        refusals = texts;
        if (result.submissionId() != null) {
            messages.info("submission.created", result.submissionId(), result.result().doneCount(),
                    result.plannedStart().toString());
        }
        if (!texts.isEmpty()) {
            messages.warn("submission.someRefused", texts.size());
        }
        refresh();
    }

    public StreamedContent csv(long id) {
        return export(id, TabularFormat.CSV);
    }

    public StreamedContent xlsx(long id) {
        return export(id, TabularFormat.XLSX);
    }

    private StreamedContent export(long id, TabularFormat format) {
        return DefaultStreamedContent.builder()
                .name("pengajuan-bpjs-" + id + "." + format.extension())
                .contentType(format.mediaType())
                .writer(out -> submissions.export(id, TableWriter.of(format, out, "Pengajuan")))
                .build();
    }

    public boolean isMaySubmit() {
        return callers.caller().hasAnyRole(Role.ADMIN, Role.VERIFIER);
    }

    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public long getWaiting() { return waiting; }
    public List<String> getRefusals() { return refusals; }
    public PagedDataModel<Submission> getBatches() { return batches; }
}
