package id.rentan.funding.web;

import id.rentan.funding.application.BudgetFigures;
import id.rentan.funding.application.BudgetService;
import id.rentan.funding.application.CommitmentService;
import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.LedgerService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.application.ReconciliationService;
import id.rentan.funding.application.ArrearsService;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.BillReconciliation;
import id.rentan.funding.domain.Reconciliation;
import id.rentan.platform.api.io.Uploads;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.EntityPart;
import java.io.InputStream;
import id.rentan.funding.domain.BudgetLine;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.FundingSource;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.InvoiceLine;
import id.rentan.funding.domain.InvoiceStatus;
import id.rentan.funding.domain.LedgerEntry;
import id.rentan.funding.domain.LedgerVerification;
import id.rentan.funding.domain.Payment;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.RequestValues;
import id.rentan.platform.api.io.TableWriter;
import static id.rentan.platform.api.io.Downloads.download;
import static id.rentan.platform.api.io.Downloads.format;
import id.rentan.platform.api.io.TabularFormat;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Funding over HTTP: sources, allocations, fiscal years, invoices, payments and the ledger. */
@Path("v1/funding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
public class FundingResource {

    /** A new allocation or a new version of one. */
    public record AllocationRequest(Integer year, String source, Long amount, String opd, String sector,
                                    String reason) {
    }

    /** An allocation with its figures (F-07). */
    public record AllocationJson(Long id, int year, String source, String opd, String sector, int version,
                                 long allocated, long committed, long invoiced, long paid, long remaining,
                                 long placesLeft, double absorption) {
        static AllocationJson of(BudgetFigures f) {
            return new AllocationJson(f.lineId(), f.fiscalYear(), f.sourceCode(), f.opdCode(), f.sectorCode(),
                    f.version(), f.allocated().amount(), f.committed().amount(), f.invoiced().amount(),
                    f.paid().amount(), f.remaining().amount(), f.placesLeft(), f.absorption());
        }
    }

    /** A funding source. */
    public record SourceJson(String code, String name, int priority, boolean active) {
        static SourceJson of(FundingSource s) {
            return new SourceJson(s.code(), s.name(), s.priority(), s.active());
        }
    }

    /** The commitments of a new fiscal year for every covered participant. */
    public record OpenYearJson(int year, int committed, int skipped, int refused) {
    }

    /** An invoice to generate. */
    public record InvoiceRequest(Integer year, Integer month, String source) {
    }

    public record InvoiceJson(long id, int year, int month, String source, int lines, int creditLines, Long rate,
                              long premiums, long credits, long total, String status, String generatedBy,
                              LocalDateTime generatedAt, LocalDateTime paidAt) {
        static InvoiceJson of(Invoice i) {
            return new InvoiceJson(i.id(), i.fiscalYear(), i.month(), i.sourceCode(), i.premiumLines(),
                    i.creditLines(), i.rate() == null ? null : i.rate().amount(), i.premiums().amount(),
                    i.credits().amount(), i.total().amount(), i.status().name(), i.generatedBy(), i.generatedAt(),
                    i.paidAt());
        }
    }

    public record LineJson(long id, String kind, long participantId, String kpj, String nik, String name, String opd,
                           String sector, Integer creditPeriod, long amount) {
        static LineJson of(InvoiceLine l) {
            return new LineJson(l.id(), l.kind(), l.participantId(), l.kpj(), l.nik(), l.fullName(), l.opdCode(),
                    l.sectorCode(), l.creditPeriod(), l.amount().amount());
        }
    }

    public record PageJson<T>(long total, int page, int size, List<T> items) {
        static <S, T> PageJson<T> of(Page<S> p, java.util.function.Function<S, T> map) {
            return new PageJson<>(p.total(), p.page(), p.size(), p.items().stream().map(map).toList());
        }
    }

    /** A payment to record (F-05). */
    public record PaymentRequest(Long invoiceId, String sppNumber, String sppDate, String spmNumber, String spmDate,
                                 String sp2dNumber, String sp2dDate, Long amount) {
    }

    public record PaymentJson(long id, long invoiceId, String sppNumber, LocalDate sppDate, String spmNumber,
                              LocalDate spmDate, String sp2dNumber, LocalDate sp2dDate, long amount, String status,
                              String recordedBy, LocalDateTime recordedAt, String approvedBy, LocalDateTime approvedAt,
                              String receiptNumber, LocalDateTime receiptAt, String reversalReason) {
        static PaymentJson of(Payment p) {
            return new PaymentJson(p.id(), p.invoiceId(), p.sppNumber(), p.sppDate(), p.spmNumber(), p.spmDate(),
                    p.sp2dNumber(), p.sp2dDate(), p.amount().amount(), p.status().name(), p.recordedBy(),
                    p.recordedAt(), p.approvedBy(), p.approvedAt(), p.receiptNumber(), p.receiptAt(),
                    p.reversalReason());
        }
    }

    public record ReceiptRequest(String receiptNumber) {
    }

    public record ReversalRequest(String reason) {
    }

    public record LedgerEntryJson(long seq, String type, LocalDateTime recordedAt, String recordedBy, int year,
                                  int month, String source, Long invoiceId, Long paymentId, long amount,
                                  String sp2dNumber, String reference, String description, String prevHash,
                                  String hash) {
        static LedgerEntryJson of(LedgerEntry e) {
            return new LedgerEntryJson(e.seq(), e.type().name(), e.recordedAt(), e.recordedBy(), e.fiscalYear(),
                    e.month(), e.sourceCode(), e.invoiceId(), e.paymentId(), e.amount().amount(), e.sp2dNumber(),
                    e.reference(), e.description(), e.prevHash(), e.hash());
        }
    }

    public record VerificationJson(long entries, boolean valid, Long firstBrokenEntry, String problem) {
        static VerificationJson of(LedgerVerification.Result r) {
            return new VerificationJson(r.entries(), r.valid(), r.firstBrokenEntry(), r.problem());
        }
    }

    /** F-04: a reconciliation of BPJS's bill, its figures and (first page of) rows. */
    public record ReconciliationJson(long id, long invoiceId, String fileName, int billRows, long billTotal,
                                     long invoiceTotal, long difference, Map<String, Integer> counts,
                                     String uploadedBy, LocalDateTime uploadedAt, PageJson<ReconciliationRowJson> rows) {
        static ReconciliationJson of(Reconciliation r, PageJson<ReconciliationRowJson> rows) {
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            counts.put("MATCHED", r.matched());
            counts.put("WRONG_RATE", r.wrongRate());
            counts.put("AFTER_EXIT", r.afterExit());
            counts.put("NOT_ENROLLED", r.notEnrolled());
            counts.put("NOT_BILLED", r.notBilled());
            counts.put("INVALID", r.invalid());
            return new ReconciliationJson(r.id(), r.invoiceId(), r.fileName(), r.billRows(), r.billTotal(),
                    r.invoiceTotal(), r.difference(), counts, r.uploadedBy(), r.uploadedAt(), rows);
        }
    }

    public record ReconciliationRowJson(Integer line, String outcome, String kpj, String nik, String name, long billed,
                                        long expected, long difference, String note) {
        static ReconciliationRowJson of(BillReconciliation.Row r) {
            return new ReconciliationRowJson(r.line(), r.outcome().name(), r.kpj(), r.nik(), r.name(), r.billed(),
                    r.expected(), r.difference(), r.note());
        }
    }

    @Inject
    BudgetService budgets;

    @Inject
    CommitmentService commitments;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    LedgerService ledger;

    @Inject
    ReconciliationService reconciliations;

    @Inject
    ArrearsService arrears;

    // ---- sources and allocations ------------------------------------------------------------------------------

    @GET
    @Path("sources")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.AUDITOR, Role.Names.VERIFIER})
    @Operation(summary = "Funding sources in the order they pay")
    public List<SourceJson> sources() {
        return budgets.sources().stream().map(SourceJson::of).toList();
    }

    @POST
    @Path("sources")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Adds a funding source or changes its name, priority and use")
    public SourceJson saveSource(SourceJson body) {
        if (body == null) {
            throw new BusinessException("request.body.required");
        }
        return SourceJson.of(budgets.saveSource(body.code(), body.name(), body.priority(), body.active()));
    }

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Records an allocation (pagu) or a new version of it, with a reason (F-01)")
    public Response allocate(AllocationRequest body) {
        if (body == null || body.year() == null || body.amount() == null) {
            throw new BusinessException("funding.allocation.required");
        }
        BudgetLine line = budgets.allocate(body.year(), body.source(), Rupiah.of(body.amount()), body.opd(),
                body.sector(), body.reason());
        AllocationJson json = budgets.overview(body.year()).stream().filter(f -> line.id().equals(f.lineId()))
                .findFirst().map(AllocationJson::of).orElseThrow();
        return Response.status(line.version() == 1 ? Response.Status.CREATED : Response.Status.OK).entity(json).build();
    }

    @GET
    @Path("allocations")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.AUDITOR, Role.Names.VERIFIER})
    @Operation(summary = "The allocations of a year with allocated, committed, invoiced, paid, remaining, placesLeft")
    public List<AllocationJson> allocations(@QueryParam("year") Integer year,
                                            @QueryParam("bySource") @DefaultValue("false") boolean bySource) {
        int y = year == null ? LocalDate.now().getYear() : year;
        return (bySource ? budgets.bySource(y) : budgets.overview(y)).stream().map(AllocationJson::of).toList();
    }

    @POST
    @Path("years/{year: \\d{4}}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Opens a fiscal year: commits its months for every covered participant")
    public OpenYearJson openYear(@PathParam("year") int year) {
        int[] c = commitments.openYear(year);
        return new OpenYearJson(year, c[0], c[1], c[2]);
    }

    // ---- invoices ------------------------------------------------------------------------------------------------

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Generates the invoice of a month and source with its frozen lines (F-03)")
    public Response generate(InvoiceRequest body) {
        if (body == null || body.year() == null || body.month() == null) {
            throw new BusinessException("funding.invoice.required");
        }
        Invoice invoice = invoices.generate(body.year(), body.month(), body.source());
        return Response.status(Response.Status.CREATED).entity(InvoiceJson.of(invoice)).build();
    }

    @GET
    @Path("invoices")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "Invoices, newest first")
    public PageJson<InvoiceJson> invoices(@QueryParam("year") Integer year, @QueryParam("source") String source,
                                          @QueryParam("status") String status,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("25") int size) {
        InvoiceStatus s = enumOf(InvoiceStatus.class, status);
        return PageJson.of(invoices.invoices(year, source, s, PageRequest.of(page, size)), InvoiceJson::of);
    }

    @GET
    @Path("invoices/{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "One invoice")
    public InvoiceJson invoice(@PathParam("id") long id) {
        return InvoiceJson.of(invoices.invoice(id));
    }

    @GET
    @Path("invoices/{id: \\d+}/lines")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The frozen lines of an invoice, paged")
    public PageJson<LineJson> lines(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("25") int size) {
        return PageJson.of(invoices.lines(id, PageRequest.of(page, size)), LineJson::of);
    }

    @GET
    @Path("invoices/{id: \\d+}/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The frozen lines of an invoice as CSV or XLSX (audited)")
    public Response exportInvoice(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        Invoice invoice = invoices.invoice(id);
        StreamingOutput body = out -> invoices.export(id, TableWriter.of(f, out, "Tagihan"));
        return download(body, f, "tagihan-" + invoice.period() + "-" + invoice.sourceCode());
    }

    @GET
    @Path("invoices/{id: \\d+}/payments")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The payments of an invoice")
    public List<PaymentJson> invoicePayments(@PathParam("id") long id) {
        return payments.ofInvoice(id).stream().map(PaymentJson::of).toList();
    }

    // ---- reconciliation of BPJS's bill (F-04) --------------------------------------------------------------------

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Path("invoices/{id: \\d+}/bpjs-bill")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM, "text/plain"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER})
    @Operation(summary = "BPJS's bill for the invoice's month (kpj,nik,nama,periode,iuran), reconciled line by line")
    public ReconciliationJson bpjsBill(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                                       InputStream body) {
        Reconciliation r = reconciliations.reconcile(id, Uploads.readLimited(body, reconciliations.maxBytes()),
                fileName == null ? "api-upload" : fileName);
        return reconciliationJson(r, null, 0, 100);
    }

    @POST
    @Path("invoices/{id: \\d+}/bpjs-bill")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER})
    @Operation(summary = "BPJS's bill for the invoice's month as the multipart field 'file'")
    public ReconciliationJson bpjsBillMultipart(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw new BusinessException("import.file.empty");
        }
        Reconciliation r = reconciliations.reconcile(id, Uploads.readLimited(file.getContent(),
                reconciliations.maxBytes()), file.getFileName().orElse("upload"));
        return reconciliationJson(r, null, 0, 100);
    }

    @GET
    @Path("invoices/{id: \\d+}/reconciliations")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The reconciliations of an invoice, newest first (figures only)")
    public List<ReconciliationJson> invoiceReconciliations(@PathParam("id") long id) {
        return reconciliations.ofInvoice(id).stream().map(r -> ReconciliationJson.of(r, null)).toList();
    }

    @GET
    @Path("reconciliations/{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "A reconciliation with a page of its rows, optionally of one outcome")
    public ReconciliationJson reconciliation(@PathParam("id") long id, @QueryParam("outcome") String outcome,
                                             @QueryParam("page") @DefaultValue("0") int page,
                                             @QueryParam("size") @DefaultValue("100") int size) {
        return reconciliationJson(reconciliations.reconciliation(id), outcome(outcome), page, size);
    }

    @GET
    @Path("reconciliations/{id: \\d+}/export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "Every row of a reconciliation as CSV or XLSX (audited)")
    public Response exportReconciliation(@PathParam("id") long id,
                                         @QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        reconciliations.reconciliation(id);
        StreamingOutput body = out -> reconciliations.export(id, TableWriter.of(f, out, "Rekonsiliasi"));
        return download(body, f, "rekonsiliasi-" + id);
    }

    private ReconciliationJson reconciliationJson(Reconciliation r, BillReconciliation.Outcome outcome, int page,
                                                  int size) {
        return ReconciliationJson.of(r, PageJson.of(reconciliations.rows(r.id(), outcome, PageRequest.of(page, size)),
                ReconciliationRowJson::of));
    }

    private static BillReconciliation.Outcome outcome(String text) {
        return RequestValues.constant(BillReconciliation.Outcome.class, text, "funding.reconciliation.outcome");
    }

    // ---- arrears ---------------------------------------------------------------------------------------------------

    public record ArrearJson(long participantId, String source, String opd, String nik, String name, String since,
                             int unpaidMonths, long amount, String status) {
        static ArrearJson of(FundingRepository.Arrear a) {
            return new ArrearJson(a.participantId(), a.sourceCode(), a.opdCode(), a.nik(), a.fullName(),
                    a.since().toString(), a.unpaidMonths(), a.amount(), a.status());
        }
    }

    @POST
    @Path("arrears/check")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Runs the arrears check now (GRACE after 30 days unpaid, LAPSED after more than 3 months)")
    public ArrearsService.CheckResult checkArrears() {
        return arrears.check();
    }

    @GET
    @Path("arrears")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.VERIFIER, Role.Names.OPD_OPERATOR,
            Role.Names.AUDITOR})
    @Operation(summary = "Participants at risk: unpaid covered months, since when, how much (OPD-scoped)")
    public PageJson<ArrearJson> arrearsList(@QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("25") int size) {
        return PageJson.of(arrears.atRisk(PageRequest.of(page, size)), ArrearJson::of);
    }

    // ---- payments ------------------------------------------------------------------------------------------------

    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Records a payment of an invoice: SPP, SPM, SP2D and amount (F-05)")
    public Response record(PaymentRequest body) {
        if (body == null || body.invoiceId() == null) {
            throw new BusinessException("funding.payment.invoiceRequired");
        }
        Payment p = payments.record(body.invoiceId(), new Payment.Documents(body.sppNumber(), date(body.sppDate()),
                body.spmNumber(), date(body.spmDate()), body.sp2dNumber(), date(body.sp2dDate()),
                body.amount() == null ? null : Rupiah.of(body.amount())));
        return Response.status(Response.Status.CREATED).entity(PaymentJson.of(p)).build();
    }

    @GET
    @Path("payments")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "Payments, newest first, optionally by status (RECORDED = waiting for approval)")
    public PageJson<PaymentJson> payments(@QueryParam("status") String status,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("25") int size) {
        PaymentStatus s = enumOf(PaymentStatus.class, status);
        return PageJson.of(payments.payments(s, PageRequest.of(page, size)), PaymentJson::of);
    }

    @GET
    @Path("payments/{id: \\d+}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "One payment")
    public PaymentJson payment(@PathParam("id") long id) {
        return PaymentJson.of(payments.payment(id));
    }

    @POST
    @Path("payments/{id: \\d+}/approval")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Approves a payment recorded by someone else (F-05)")
    public PaymentJson approve(@PathParam("id") long id) {
        return PaymentJson.of(payments.approve(id));
    }

    @POST
    @Path("payments/{id: \\d+}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.BPJS_OFFICER})
    @Operation(summary = "Records BPJS's receipt number: the payment is paid")
    public PaymentJson receipt(@PathParam("id") long id, ReceiptRequest body) {
        return PaymentJson.of(payments.receipt(id, body == null ? null : body.receiptNumber()));
    }

    @POST
    @Path("payments/{id: \\d+}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    @Operation(summary = "Reverses an approved or paid payment, with a reason (a reversing ledger entry)")
    public PaymentJson reverse(@PathParam("id") long id, ReversalRequest body) {
        return PaymentJson.of(payments.reverse(id, body == null ? null : body.reason()));
    }

    // ---- ledger --------------------------------------------------------------------------------------------------

    @GET
    @Path("ledger")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.FINANCE})
    @Operation(summary = "The disbursement history: ledger entries, newest first, with filters")
    public PageJson<LedgerEntryJson> ledger(@QueryParam("year") Integer year, @QueryParam("source") String source,
                                            @QueryParam("opd") String opd, @QueryParam("month") Integer month,
                                            @QueryParam("sp2d") String sp2d,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("25") int size) {
        return PageJson.of(ledger.history(filter(year, source, opd, month, sp2d), PageRequest.of(page, size)),
                LedgerEntryJson::of);
    }

    @GET
    @Path("ledger/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR, Role.Names.FINANCE})
    @Operation(summary = "The disbursement history as CSV or XLSX (audited)")
    public Response exportLedger(@QueryParam("year") Integer year, @QueryParam("source") String source,
                                 @QueryParam("opd") String opd, @QueryParam("month") Integer month,
                                 @QueryParam("sp2d") String sp2d,
                                 @QueryParam("format") @DefaultValue("csv") String format) {
        TabularFormat f = format(format);
        FundingRepository.LedgerFilter filter = filter(year, source, opd, month, sp2d);
        StreamingOutput body = out -> ledger.export(filter, TableWriter.of(f, out, "Buku besar"));
        return download(body, f, "buku-besar");
    }

    @GET
    @Path("ledger/verification")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "Recomputes the ledger's hash chain; names the first entry that no longer matches (F-06)")
    public VerificationJson verify() {
        return VerificationJson.of(ledger.verify());
    }

    static FundingRepository.LedgerFilter filter(Integer year, String source, String opd, Integer month, String sp2d) {
        return new FundingRepository.LedgerFilter(year, blank(source) ? null : source.strip().toUpperCase(Locale.ROOT),
                blank(opd) ? null : opd.strip().toUpperCase(Locale.ROOT), month, blank(sp2d) ? null : sp2d.strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static LocalDate date(String text) {
        return RequestValues.date(text, "funding.date.invalid");
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return RequestValues.constant(type, name, "funding.status.unknown");
    }
}
