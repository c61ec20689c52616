package id.rentan.claims.web;

import id.rentan.claims.application.ClaimPreview;
import id.rentan.claims.application.ClaimRequest;
import id.rentan.claims.application.ClaimService;
import id.rentan.claims.application.RenewalDue;
import id.rentan.claims.domain.BenefitItem;
import id.rentan.claims.domain.Claim;
import id.rentan.claims.domain.ClaimDocument;
import id.rentan.claims.domain.ClaimEvent;
import id.rentan.claims.domain.ClaimFilter;
import id.rentan.claims.domain.ClaimStatus;
import id.rentan.claims.domain.ClaimType;
import id.rentan.claims.domain.CoverCheck;
import id.rentan.claims.domain.DocumentType;
import id.rentan.claims.domain.ExpectedBenefit;
import id.rentan.claims.domain.Heir;
import id.rentan.claims.domain.HeirRelation;
import id.rentan.claims.domain.SchoolLevel;
import id.rentan.claims.domain.Scholarship;
import id.rentan.participants.api.ParticipantSummary;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.identity.Nik;
import id.rentan.platform.api.io.RequestValues;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.io.Uploads;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;

import static id.rentan.platform.api.io.Downloads.download;
import static id.rentan.platform.api.io.Downloads.format;
import static id.rentan.platform.api.io.RequestValues.constant;

/** Claims over HTTP: entry with the cover check and expected benefit, lists, documents, heirs, scholarships, decisions. */
@Path("v1/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimsResource {


    /** A claim to record (or to preview). */
    public record ClaimRequestJson(Long participantId, String nik, String kpj, String type, String eventDate,
                                   String eventTime, String reportedAt, Boolean roadAccident, Integer inabilityMonths,
                                   String description) {
    }

    public record BreakdownJson(String item, long amount, String rule) {
        static BreakdownJson of(BenefitItem i) {
            return new BreakdownJson(i.item().substring("benefit.".length()), i.amount(), i.rule());
        }
    }

    public record PreviewJson(long participantId, String name, String status, boolean covered, boolean atRisk,
                              String coverageReason, Long premiumInvoiceId, LocalDate payBy, long expectedBenefit,
                              boolean benefitBounded, int membershipMonths, List<BreakdownJson> breakdown,
                              boolean lateReport, boolean deathAlreadyClaimed) {
        static PreviewJson of(ClaimPreview p) {
            ParticipantSummary s = p.participant();
            CoverCheck c = p.cover();
            ExpectedBenefit b = p.benefit();
            return new PreviewJson(s.id(), s.fullName(), s.status().name(), c.covered(), c.atRisk(),
                    c.reason().name(), c.invoiceId(), c.payBy(), b.total(), b.bounded(), b.membershipMonths(),
                    b.items().stream().map(BreakdownJson::of).toList(), p.lateReport(), p.deathAlreadyClaimed());
        }
    }

    /** A claim in a list. */
    public record ClaimSummaryJson(long id, long participantId, String nik, String kpj, String name, String opd,
                                   String type, LocalDate eventDate, LocalDateTime reportedAt, String status,
                                   boolean covered, boolean atRisk, String coverageReason, long expectedBenefit,
                                   Long decidedAmount, boolean lateReport) {
        static ClaimSummaryJson of(Claim c) {
            return new ClaimSummaryJson(c.id(), c.participantId(), Nik.mask(c.nik()), c.kpj(), c.fullName(),
                    c.opdCode(), c.type().name(), c.eventDate(), c.reportedAt(), c.status().name(), c.covered(),
                    c.atRisk(), c.coverReason().name(), c.expectedBenefit(), c.decidedAmount(), c.lateReport());
        }
    }

    public record DocumentJson(String type, boolean required, boolean checked, String checkedBy,
                               LocalDateTime checkedAt, String fileName, String contentType, Long size,
                               String sha256) {
        static DocumentJson of(Claim c, ClaimDocument d) {
            return new DocumentJson(d.type().name(), c.isRequired(d.type()), d.checked(), d.checkedBy(),
                    d.checkedAt(), d.fileName(), d.contentType(), d.fileSize(), d.sha256());
        }
    }

    public record HeirJson(long id, String name, String nik, String relation, LocalDate birthDate, boolean married,
                           boolean working, boolean entitled) {
        static HeirJson of(Heir h) {
            return new HeirJson(h.id(), h.fullName(), Nik.mask(h.nik()), h.relation().name(), h.birthDate(),
                    h.married(), h.working(), h.entitled());
        }
    }

    public record ScholarshipJson(long id, long heirId, String schoolYear, String level, long amount) {
        static ScholarshipJson of(Scholarship s) {
            return new ScholarshipJson(s.id(), s.heirId(), s.schoolYearLabel(), s.level().name(), s.amount());
        }
    }

    public record EventJson(String action, String from, String to, String note, String by, LocalDateTime at) {
        static EventJson of(ClaimEvent e) {
            return new EventJson(e.action(), e.fromStatus() == null ? null : e.fromStatus().name(),
                    e.toStatus().name(), e.note(), e.doneBy(), e.doneAt());
        }
    }

    /** A claim with everything: the answer of {@code POST /claims} and {@code GET /claims/{id}}. */
    public record ClaimJson(long id, long participantId, String nik, String kpj, String name, String opd, String type,
                            LocalDate eventDate, LocalTime eventTime, LocalDateTime reportedAt, boolean roadAccident,
                            Integer inabilityMonths, String description, String status, boolean covered,
                            boolean atRisk, String coverageReason, Long premiumInvoiceId, String premiumSource,
                            LocalDate payBy, LocalDateTime coverCheckedAt, LocalDate coverageStart,
                            int membershipMonths, long expectedBenefit, boolean benefitBounded,
                            List<BreakdownJson> breakdown, boolean lateReport, LocalDateTime verdictAt,
                            LocalDateTime stageTwoReportedAt, boolean lateStageTwo, String trackingNumber,
                            Long decidedAmount, boolean amountDiffers, LocalDate paidOn, String rejectionReason,
                            List<String> missingDocuments, List<DocumentJson> documents, List<HeirJson> heirs,
                            List<ScholarshipJson> scholarships, long scholarshipTotal, List<EventJson> history) {
        static ClaimJson of(Claim c) {
            return new ClaimJson(c.id(), c.participantId(), Nik.mask(c.nik()), c.kpj(), c.fullName(), c.opdCode(),
                    c.type().name(), c.eventDate(), c.eventTime(), c.reportedAt(), c.roadAccident(),
                    c.inabilityMonths(), c.description(), c.status().name(), c.covered(), c.atRisk(),
                    c.coverReason().name(), c.premiumInvoiceId(), c.premiumSource(), c.payBy(), c.coverCheckedAt(),
                    c.coverageStart(), c.membershipMonths(), c.expectedBenefit(), c.benefitBounded(),
                    c.breakdown().stream().map(BreakdownJson::of).toList(), c.lateReport(), c.verdictAt(),
                    c.stageTwoReportedAt(), c.lateStageTwo(), c.trackingNumber(), c.decidedAmount(),
                    c.amountDiffers(), c.paidOn(), c.rejectionReason(),
                    c.missingDocuments().stream().map(Enum::name).toList(),
                    c.documents().stream().map(d -> DocumentJson.of(c, d)).toList(),
                    c.heirs().stream().map(HeirJson::of).toList(),
                    c.scholarships().stream().map(ScholarshipJson::of).toList(), c.scholarshipTotal(),
                    c.events().stream().map(EventJson::of).toList());
        }
    }

    public record PageJson<T>(long total, boolean totalExact, int page, int size, List<T> items) {
        static <S, T> PageJson<T> of(Page<S> p, Function<S, T> map) {
            return new PageJson<>(p.total(), p.totalExact(), p.page(), p.size(), p.items().stream().map(map).toList());
        }
    }

    public record SubmissionJson(String trackingNumber, String note) {
    }

    public record DecisionJson(String decision, Long amount, String reason, String paidOn) {
    }

    public record DocumentCheckJson(Boolean checked) {
    }

    public record HeirRequestJson(String name, String nik, String relation, String birthDate, Boolean married,
                                  Boolean working) {
    }

    public record ScholarshipRequestJson(Long heirId, Integer schoolYear, String level) {
    }

    public record StageTwoJson(String verdictAt, String reportedAt) {
    }

    public record InabilityJson(Integer months) {
    }

    public record RenewalJson(long claimId, String participantName, String opd, long heirId, String childName,
                              String lastSchoolYear, String lastLevel, long lastAmount, Integer ageAtStart,
                              boolean eligible, String reason, long capLeft) {
        static RenewalJson of(RenewalDue r) {
            return new RenewalJson(r.claimId(), r.participantName(), r.opdCode(), r.heirId(), r.childName(),
                    r.lastSchoolYear() + "/" + (r.lastSchoolYear() + 1), r.lastLevel().name(), r.lastAmount(),
                    r.ageAtStart(), r.eligible(), r.reasonKey(), r.capLeft());
        }
    }

    @Inject
    ClaimService claims;

    // ---- entry ---------------------------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Records a claim (nik, kpj or participantId; type; eventDate; reportedAt) and answers with "
            + "the cover check (CL-01), the expected benefit and its breakdown (CL-02); a death makes the "
            + "participant DECEASED")
    public Response record(ClaimRequestJson body) {
        Claim c = claims.record(request(body));
        return Response.status(Response.Status.CREATED).entity(ClaimJson.of(c)).build();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "The cover check and expected benefit of a claim, without saving it")
    public PreviewJson preview(ClaimRequestJson body) {
        return PreviewJson.of(claims.preview(request(body)));
    }

    private static ClaimRequest request(ClaimRequestJson b) {
        if (b == null) {
            throw new BusinessException("request.body.required");
        }
        return new ClaimRequest(b.participantId(), b.nik(), b.kpj(), constant(ClaimType.class, b.type(), "claim.type.invalid"), date(b.eventDate()), RequestValues.time(b.eventTime(), "claim.date.invalid"),
                RequestValues.dateTime(b.reportedAt(), "claim.date.invalid"), Boolean.TRUE.equals(b.roadAccident()), b.inabilityMonths(),
                b.description());
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "Claims in the caller's scope, paged, filtered by status, type, NIK/KPJ/name, cover, dates")
    public PageJson<ClaimSummaryJson> list(@QueryParam("status") String status, @QueryParam("type") String type,
                                           @QueryParam("q") String query, @QueryParam("opd") String opd,
                                           @QueryParam("covered") Boolean covered,
                                           @QueryParam("atRisk") Boolean atRisk, @QueryParam("from") String from,
                                           @QueryParam("to") String to,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("25") int size) {
        return PageJson.of(claims.list(filter(status, type, query, opd, covered, atRisk, from, to),
                PageRequest.of(page, size)), ClaimSummaryJson::of);
    }

    @GET
    @Path("export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "The filtered claims as CSV or XLSX (audited)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format,
                           @QueryParam("status") String status, @QueryParam("type") String type,
                           @QueryParam("q") String query, @QueryParam("opd") String opd,
                           @QueryParam("covered") Boolean covered, @QueryParam("atRisk") Boolean atRisk,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        TabularFormat f = format(format);
        ClaimFilter filter = filter(status, type, query, opd, covered, atRisk, from, to);
        StreamingOutput body = out -> claims.export(filter, TableWriter.of(f, out, "Klaim"));
        return download(body, f, "klaim");
    }

    @GET
    @Path("{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "A claim with its cover check, benefit breakdown, documents, heirs, scholarships and history")
    public ClaimJson claim(@PathParam("id") long id) {
        return ClaimJson.of(claims.view(id));
    }

    @GET
    @Path("at-risk")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.AUDITOR})
    @Operation(summary = "Claims whose event month is not paid yet (CL-01), each checked again first, with the "
            + "invoice to pay")
    public PageJson<ClaimSummaryJson> atRisk(@QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("25") int size) {
        return PageJson.of(claims.atRisk(PageRequest.of(page, size)), ClaimSummaryJson::of);
    }

    @POST
    @Path("{id: \\d+}/recheck")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Checks the claim's cover again (the month may have been paid since)")
    public ClaimJson recheck(@PathParam("id") long id) {
        return ClaimJson.of(claims.recheck(id));
    }

    // ---- documents -----------------------------------------------------------------------------------------------

    @PUT
    @Path("{id: \\d+}/documents/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Ticks (or unticks) an item of the document checklist")
    public ClaimJson checkDocument(@PathParam("id") long id, @PathParam("type") String type,
                                   DocumentCheckJson body) {
        boolean checked = body == null || body.checked() == null || body.checked();
        return ClaimJson.of(claims.checkDocument(id, document(type), checked));
    }

    @POST
    @Path("{id: \\d+}/documents/{type}/file")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "A scan for a checklist item (PDF, JPG or PNG, checked by content, size-limited), stored "
            + "with its SHA-256")
    public ClaimJson uploadFile(@PathParam("id") long id, @PathParam("type") String type,
                                @QueryParam("fileName") String fileName, InputStream body) {
        DocumentType d = document(type);
        return ClaimJson.of(claims.attachFile(id, d, fileName, Uploads.readLimited(body, claims.maxFileBytes())));
    }

    @POST
    @Path("{id: \\d+}/documents/{type}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "A scan for a checklist item as the multipart field 'file'")
    public ClaimJson uploadFileMultipart(@PathParam("id") long id, @PathParam("type") String type,
                                         @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessException("claim.file.empty");
        }
        DocumentType d = document(type);
        return ClaimJson.of(claims.attachFile(id, d, file.getFileName().orElse(null),
                Uploads.readLimited(file.getContent(), claims.maxFileBytes())));
    }

    @GET
    @Path("{id: \\d+}/documents/{type}/file")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "The scan of a checklist item (audited), with its SHA-256 in the Digest header")
    public Response file(@PathParam("id") long id, @PathParam("type") String type) {
        ClaimService.StoredScan scan = claims.file(id, document(type));
        return Response.ok(scan.content(), scan.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + scan.fileName() + "\"")
                .header("X-Content-SHA256", scan.sha256())
                .header("Cache-Control", "no-store")
                .build();
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @POST
    @Path("{id: \\d+}/incomplete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Documents are missing: the claim waits for them (DOCUMENTS_INCOMPLETE)")
    public ClaimJson incomplete(@PathParam("id") long id, SubmissionJson body) {
        return ClaimJson.of(claims.markIncomplete(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id: \\d+}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Sent to BPJS with its tracking number (every required document ticked)")
    public ClaimJson submit(@PathParam("id") long id, SubmissionJson body) {
        return ClaimJson.of(claims.submit(id, body == null ? null : body.trackingNumber()));
    }

    @POST
    @Path("{id: \\d+}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BPJS_OFFICER})
    @Operation(summary = "BPJS's decision: {decision: APPROVED, amount} | {decision: REJECTED, reason} | "
            + "{decision: PAID, paidOn}; a decided amount other than the expected benefit is flagged (CL-02)")
    public ClaimJson decide(@PathParam("id") long id, DecisionJson body) {
        if (body == null || body.decision() == null || body.decision().isBlank()) {
            throw new BusinessException("claim.decision.required");
        }
        ClaimStatus decision = constant(ClaimStatus.class, body.decision(), "claim.decision.invalid");
        return ClaimJson.of(claims.decide(id, decision, body.amount(), body.reason(), date(body.paidOn())));
    }

    @POST
    @Path("{id: \\d+}/stage-two")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "JKK stage II: the doctor's verdict and its report (late after 2 x 24 hours, CL-04)")
    public ClaimJson stageTwo(@PathParam("id") long id, StageTwoJson body) {
        if (body == null) {
            throw new BusinessException("claim.stageTwo.required");
        }
        return ClaimJson.of(claims.stageTwo(id, RequestValues.dateTime(body.verdictAt(), "claim.date.invalid"),
                RequestValues.dateTime(body.reportedAt(), "claim.date.invalid")));
    }

    @POST
    @Path("{id: \\d+}/inability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "STMB: months of inability to work so far; the expected benefit follows (K-03)")
    public ClaimJson inability(@PathParam("id") long id, InabilityJson body) {
        if (body == null || body.months() == null) {
            throw new BusinessException("claim.inabilityMonths.invalid");
        }
        return ClaimJson.of(claims.inabilityMonths(id, body.months()));
    }

    // ---- heirs and scholarships ----------------------------------------------------------------------------------

    @POST
    @Path("{id: \\d+}/heirs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "An heir (name, nik, relation, birthDate for children); the entitled heirs follow CL-03")
    public Response addHeir(@PathParam("id") long id, HeirRequestJson body) {
        if (body == null) {
            throw new BusinessException("request.body.required");
        }
        HeirRelation relation = constant(HeirRelation.class, body.relation(), "claim.heir.relation.invalid");
        claims.addHeir(id, body.name(), body.nik(), relation, date(body.birthDate()),
                Boolean.TRUE.equals(body.married()), Boolean.TRUE.equals(body.working()));
        return Response.status(Response.Status.CREATED).entity(ClaimJson.of(claims.view(id))).build();
    }

    @DELETE
    @Path("{id: \\d+}/heirs/{heirId: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Removes an heir without scholarships")
    public ClaimJson removeHeir(@PathParam("id") long id, @PathParam("heirId") long heirId) {
        return ClaimJson.of(claims.removeHeir(id, heirId));
    }

    @POST
    @Path("{id: \\d+}/scholarships")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER})
    @Operation(summary = "A child's scholarship for a school year {heirId, schoolYear (2026 = 2026/2027), level: "
            + "TK_SD|SMP|SMA|UNIVERSITY}; S-01, B-03 and K-05 apply")
    public Response addScholarship(@PathParam("id") long id, ScholarshipRequestJson body) {
        if (body == null || body.heirId() == null || body.schoolYear() == null) {
            throw new BusinessException("claim.scholarship.required");
        }
        SchoolLevel level = constant(SchoolLevel.class, body.level(), "claim.scholarship.level.invalid");
        claims.addScholarship(id, body.heirId(), body.schoolYear(), level);
        return Response.status(Response.Status.CREATED).entity(ClaimJson.of(claims.view(id))).build();
    }

    @GET
    @Path("scholarships/renewals")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.BPJS_OFFICER,
            Role.Names.AUDITOR})
    @Operation(summary = "Scholarships of the previous school year due for renewal in this one (S-01)")
    public List<RenewalJson> renewals(@QueryParam("schoolYear") Integer schoolYear) {
        int year = schoolYear != null ? schoolYear : currentSchoolYear();
        return claims.renewals(year).stream().map(RenewalJson::of).toList();
    }

    static int currentSchoolYear() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        return today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    }

    // ---- parsing -------------------------------------------------------------------------------------------------

    private static ClaimFilter filter(String status, String type, String query, String opd, Boolean covered,
                                      Boolean atRisk, String from, String to) {
        return new ClaimFilter(constant(ClaimStatus.class, status, "claim.status.invalid"),
                constant(ClaimType.class, type, "claim.type.invalid"), query, opd, covered,
                atRisk, date(from), date(to));
    }

    private static DocumentType document(String type) {
        return constant(DocumentType.class, type, "claim.document.invalid");
    }

    private static LocalDate date(String text) {
        return RequestValues.date(text, "claim.date.invalid");
    }
}
