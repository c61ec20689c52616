package id.rentan.participants.web;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.participants.application.BulkResult;
import id.rentan.participants.application.ImportResult;
import id.rentan.participants.application.ImportService;
import id.rentan.participants.application.ParticipantService;
import id.rentan.participants.application.RegistrationService;
import id.rentan.participants.application.RegistryService;
import id.rentan.participants.application.SubmissionService;
import id.rentan.participants.domain.Participant;
import id.rentan.participants.domain.ParticipantFilter;
import id.rentan.participants.domain.ParticipantInput;
import id.rentan.participants.domain.Submission;
import id.rentan.participants.domain.TerminationReason;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.RequestValues;
import id.rentan.platform.api.io.TableWriter;
import static id.rentan.platform.api.io.Downloads.download;
import static id.rentan.platform.api.io.Downloads.format;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.io.Uploads;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.ui.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** The worker registry over HTTP: lists, details, proposals, verification, submission, registration, imports. */
@Path("v1/participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
public class ParticipantResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * A page of participants. {@code total} counts the matches up to 10,000; beyond that {@code totalExact} is
     * false and the list has more than {@code total} rows.
     */
    public record PageJson(long total, boolean totalExact, int page, int size, List<ParticipantSummary> items) {
    }

    /** A proposal or correction: the same fields as the import template. */
    public record ProposalJson(String opd, String nik, String kkNumber, String fullName, String birthPlace,
                               String birthDate, String gender, String motherName, String address, String rt, String rw,
                               String kelurahan, String phone, String sector, String income) {
        ParticipantInput input() {
            return new ParticipantInput(nik, kkNumber, fullName, birthPlace, birthDate, gender, motherName, address,
                    rt, rw, kelurahan, phone, sector, income);
        }
    }

    /**
     * A verification decision.
     *
     * @param decision {@code VERIFY} or {@code REJECT}
     * @param reason   required when rejecting
     */
    public record VerificationJson(@NotNull String decision, String reason) {
    }

    /**
     * A termination: a reason (MOVED, INELIGIBLE, END_OF_FUNDING, WITHDRAWN, OTHER, or free text) and the last day.
     */
    public record TerminationJson(String reason, String note, LocalDate date) {
    }

    /**
     * A submission of verified participants.
     *
     * @param plannedStart   first month of cover, e.g. {@code 2027-01} (default: next month)
     * @param participantIds only these (default: every verified participant)
     */
    public record SubmissionJson(String plannedStart, List<Long> participantIds) {
    }

    /** The answer of a submission: the batch and every participant's outcome. */
    public record SubmissionResultJson(Long id, String plannedStart, long submitted, long refused,
                                       List<RowJson> results) {
    }

    /** One row of a bulk answer. */
    public record RowJson(Long participantId, String ref, String outcome, String reason) {
    }

    /** A submission batch. */
    public record BatchJson(long id, String plannedStart, int participants, int refused, String createdBy,
                            java.time.LocalDateTime createdAt) {
        static BatchJson of(Submission s) {
            return new BatchJson(s.id(), s.plannedStart().toString(), s.participantCount(), s.refusedCount(),
                    s.createdBy(), s.createdAt());
        }
    }

    /** An import report, as the API describes it. */
    public record ImportJson(long importId, String opd, boolean dryRun, int total, int accepted, int rejected,
                             int duplicates, int warnings, long durationMs, List<ImportRowJson> rows) {
    }

    /** One row of an import report. */
    public record ImportRowJson(int line, String nik, String outcome, List<ParticipantJson.MessageJson> messages) {
    }

    @Inject
    RegistryService registry;

    @Inject
    ParticipantService service;

    @Inject
    ImportService imports;

    @Inject
    SubmissionService submissions;

    @Inject
    RegistrationService registrations;

    @Inject
    Texts texts;

    @Context
    HttpHeaders headers;

    // ---- registry ------------------------------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "Participants the caller may see, filtered and paged (OPD-scoped)")
    public PageJson list(@QueryParam("nik") String nik, @QueryParam("name") String name,
                         @QueryParam("status") String status, @QueryParam("sector") String sector,
                         @QueryParam("opd") String opd, @QueryParam("kecamatan") String kecamatan,
                         @QueryParam("kelurahan") String kelurahan, @QueryParam("ageBand") String ageBand,
                         @QueryParam("kpj") String kpj, @QueryParam("importId") Long importId,
                         @QueryParam("submissionId") Long submissionId,
                         @QueryParam("gender") String gender, @QueryParam("coveredIn") String coveredIn,
                         @QueryParam("sort") String sort, @QueryParam("desc") @DefaultValue("false") boolean desc,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("25") int size) {
        if (page < 0) {
            throw new BusinessException("error.page.invalid", page);
        }
        ParticipantFilter filter = new ParticipantFilter(nik, name, status(status), sector, opd, kecamatan, kelurahan,
                ageBand(ageBand), importId, submissionId, kpj, gender(gender), RequestValues.month(coveredIn));
        Page<ParticipantSummary> result = registry.search(filter, new PageRequest(page, size, sort, !desc));
        return new PageJson(result.total(), result.totalExact(), result.page(), result.size(), result.items());
    }

    /** An exact count. */
    public record CountJson(long total) {
    }

    @GET
    @Path("count")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "How many participants the caller may see match the filters (exact; lists only say whether"
            + " more follow)")
    public CountJson count(@QueryParam("nik") String nik, @QueryParam("name") String name,
                           @QueryParam("status") String status, @QueryParam("sector") String sector,
                           @QueryParam("opd") String opd, @QueryParam("kecamatan") String kecamatan,
                           @QueryParam("kelurahan") String kelurahan, @QueryParam("ageBand") String ageBand,
                           @QueryParam("kpj") String kpj, @QueryParam("importId") Long importId,
                           @QueryParam("submissionId") Long submissionId,
                           @QueryParam("gender") String gender, @QueryParam("coveredIn") String coveredIn) {
        return new CountJson(registry.count(new ParticipantFilter(nik, name, status(status), sector, opd, kecamatan,
                kelurahan, ageBand(ageBand), importId, submissionId, kpj, gender(gender),
                RequestValues.month(coveredIn))));
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "One participant with its warnings and status history (404 outside the caller's scope)")
    public ParticipantJson one(@PathParam("id") long id) {
        return json(service.view(id));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "Streams the filtered participants as CSV or XLSX (audited, OPD-scoped)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("nik") String nik,
                           @QueryParam("name") String name, @QueryParam("status") String status,
                           @QueryParam("sector") String sector, @QueryParam("opd") String opd,
                           @QueryParam("kecamatan") String kecamatan, @QueryParam("kelurahan") String kelurahan,
                           @QueryParam("ageBand") String ageBand, @QueryParam("gender") String gender,
                           @QueryParam("coveredIn") String coveredIn) {
        TabularFormat f = format(format);
        ParticipantFilter filter = new ParticipantFilter(nik, name, status(status), sector, opd, kecamatan, kelurahan,
                ageBand(ageBand), null, null, null, gender(gender), RequestValues.month(coveredIn));
        StreamingOutput body = out -> registry.export(filter, TableWriter.of(f, out, "Peserta"));
        return download(body, f, "peserta");
    }

    // ---- proposals ---------------------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR})
    @Operation(summary = "Proposes a candidate (an OPD operator for its own OPD)")
    public Response propose(@NotNull ProposalJson body) {
        Participant p = service.propose(body.input(), body.opd());
        return Response.status(Response.Status.CREATED).entity(json(p)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR})
    @Operation(summary = "Corrects a candidate's data")
    public ParticipantJson correct(@PathParam("id") long id, @NotNull ProposalJson body) {
        return json(service.correct(id, body.input()));
    }

    @POST
    @Path("{id: \\d+}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR})
    @Operation(summary = "E-06: a new candidate takes the place of a terminated or deceased participant")
    public Response replace(@PathParam("id") long id, @NotNull ProposalJson body) {
        Participant p = service.proposeReplacement(id, body.input());
        return Response.status(Response.Status.CREATED).entity(json(p)).build();
    }

    // ---- lifecycle -------------------------------------------------------------------------------------------

    @POST
    @Path("{id: \\d+}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER})
    @Operation(summary = "Verifies or rejects a candidate (reason required to reject)")
    public ParticipantJson verification(@PathParam("id") long id, @NotNull VerificationJson body) {
        BulkResult result = switch (body.decision().strip().toUpperCase(Locale.ROOT)) {
            case "VERIFY" -> service.verify(List.of(id));
            case "REJECT" -> service.reject(List.of(id), body.reason());
            default -> throw new BusinessException("participant.decision.invalid", body.decision());
        };
        BulkResult.Row row = result.rows().get(0);
        if (!row.done()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, row.messageKey(), row.args().toArray());
        }
        return json(service.view(id));
    }

    @POST
    @Path("{id: \\d+}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER})
    @Operation(summary = "E-06: ends a participant's cover on a date, with a reason")
    public ParticipantJson terminate(@PathParam("id") long id, @NotNull TerminationJson body) {
        TerminationReason reason;
        String note = body.note();
        try {
            reason = TerminationReason.valueOf(String.valueOf(body.reason()).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reason = TerminationReason.OTHER;
            note = body.reason();
        }
        return json(service.terminate(id, reason, note, body.date()));
    }

    // ---- submission to BPJS and registration results ---------------------------------------------------------

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER})
    @Operation(summary = "Submits verified participants to BPJS as a batch; answers per participant")
    public SubmissionResultJson submit(SubmissionJson body) {
        YearMonth start = null;
        if (body != null && body.plannedStart() != null && !body.plannedStart().isBlank()) {
            try {
                start = YearMonth.parse(body.plannedStart().strip());
            } catch (DateTimeParseException e) {
                throw new BusinessException("submission.start.invalid", body.plannedStart());
            }
        }
        SubmissionService.SubmissionResult result = submissions.submit(body == null ? null : body.participantIds(),
                start);
        return new SubmissionResultJson(result.submissionId(), result.plannedStart().toString(),
                result.result().doneCount(), result.result().refusedCount(), rows(result.result()));
    }

    @GET
    @Path("submissions")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "Submission batches, newest first")
    public List<BatchJson> batches(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("25") int size) {
        return submissions.batches(PageRequest.of(page, size)).items().stream().map(BatchJson::of).toList();
    }

    @GET
    @Path("submissions/{id: \\d+}/export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The batch's participants with the fields BPJS needs (CSV or XLSX, audited)")
    public Response exportSubmission(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        submissions.batch(id);
        StreamingOutput body = out -> submissions.export(id, TableWriter.of(f, out, "Pengajuan"));
        return download(body, f, "pengajuan-bpjs-" + id);
    }

    @POST
    @Path("registrations")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, "text/plain"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BPJS_OFFICER})
    @Operation(summary = "BPJS's registration results (nik,kpj,tanggal_mulai,status,alasan); answers per row")
    public List<RowJson> registrations(InputStream body) {
        return rows(registrations.upload(Uploads.readLimited(body, imports.maxBytes()), "api-upload"));
    }

    @POST
    @Path("registrations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BPJS_OFFICER})
    @Operation(summary = "BPJS's registration results as the multipart field 'file'")
    public List<RowJson> registrationsMultipart(@FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessException("import.file.empty");
        }
        return rows(registrations.upload(Uploads.readLimited(file.getContent(), imports.maxBytes()),
                file.getFileName().orElse("upload")));
    }

    // ---- imports ---------------------------------------------------------------------------------------------

    @POST
    @Path("imports")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, "text/plain"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR})
    @Operation(summary = "Imports an OPD's CSV or XLSX: dry run (nothing saved) or commit; a report row per line")
    public ImportJson importFile(@QueryParam("opd") String opd, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                 @QueryParam("fileName") String fileName, InputStream body) {
        byte[] content = Uploads.readLimited(body, imports.maxBytes());
        return json(imports.run(opd, content, fileName == null ? "api-upload" : fileName, dryRun, null));
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR})
    @Operation(summary = "Imports an OPD's CSV or XLSX sent as the multipart field 'file'")
    public ImportJson importMultipart(@QueryParam("opd") String opd,
                                      @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                                      @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessException("import.file.empty");
        }
        byte[] content = Uploads.readLimited(file.getContent(), imports.maxBytes());
        return json(imports.run(opd, content, file.getFileName().orElse("upload"), dryRun, null));
    }

    @GET
    @Path("imports/{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.AUDITOR})
    @Operation(summary = "A stored import report")
    public ImportJson importReport(@PathParam("id") long id) {
        return json(imports.report(id));
    }

    @GET
    @Path("imports/{id: \\d+}/report")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR, Role.Names.AUDITOR})
    @Operation(summary = "A stored import report as CSV or XLSX")
    public Response importReportFile(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        ImportResult report = imports.report(id);
        Locale locale = locale();
        StreamingOutput body = out -> ImportReports.write(report, TableWriter.of(f, out, "Laporan"), texts, locale);
        return download(body, f, "laporan-impor-" + id);
    }

    @GET
    @Path("import-template")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR})
    @Operation(summary = "The import template (CSV or XLSX) with the headers and one example row")
    public Response template(@QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        StreamingOutput body = out -> ImportReports.template(TableWriter.of(f, out, "Peserta"));
        return download(body, f, "template-impor-peserta");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private ParticipantJson json(Participant p) {
        return ParticipantJson.of(p, service.warnings(p), service.history(p.id()), texts, locale());
    }

    private ImportJson json(ImportResult r) {
        Locale locale = locale();
        return new ImportJson(r.importId(), r.opdCode(), r.dryRun(), r.total(), r.accepted(), r.rejected(),
                r.duplicates(), r.warnings(), r.durationMs(), r.rows().stream()
                .map(row -> new ImportRowJson(row.line(), row.nik(), row.outcome().name(),
                        ParticipantJson.MessageJson.of(row.violations(), texts, locale)))
                .toList());
    }

    private List<RowJson> rows(BulkResult result) {
        Locale locale = locale();
        return result.rows().stream()
                .map(r -> new RowJson(r.participantId(), r.ref(), r.done() ? "DONE" : "REFUSED",
                        r.done() ? null : texts.text(locale, r.messageKey(), r.args().toArray())))
                .toList();
    }

    private Locale locale() {
        return texts.localeOf(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static ParticipantStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ParticipantStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("participant.status.unknown", status);
        }
    }

    static String gender(String gender) {
        if (gender == null || gender.isBlank()) {
            return null;
        }
        String g = gender.strip().toUpperCase(Locale.ROOT);
        if (!g.equals("L") && !g.equals("P")) {
            throw new BusinessException("participant.gender.unknown", gender);
        }
        return g;
    }

    static ParticipantFilter.AgeBand ageBand(String band) {
        if (band == null || band.isBlank()) {
            return null;
        }
        try {
            return ParticipantFilter.AgeBand.valueOf(band.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("participant.ageBand.unknown", band);
        }
    }
}
