package id.rentan.reporting.web;

import id.rentan.funding.api.BudgetReport;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.reporting.application.BudgetReportService;
import id.rentan.reporting.application.ReportRenderer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The budget report over HTTP, scoped as the screen: ADMIN, FINANCE, VERIFIER and AUDITOR see the whole city,
 * an OPD operator its own OPD's figures, the BPJS officer is refused (403). Amounts are whole rupiah. As JSON, or as
 * the XLSX or PDF report (R-07, audited) with {@code format=xlsx|pdf} and {@code lang=id|en}.
 */
@Path("v1/reports/budget")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class BudgetReportResource {

    /** One source's figures, or the total ({@code source} null). */
    public record SourceJson(String source, long allocated, long committed, long invoiced, long paid, Long remaining,
                             Double absorption, long participantsCommitted, long participantsPaid,
                             Long costPerParticipant) {
        static SourceJson of(BudgetReport.Source s) {
            return new SourceJson(s.sourceCode(), s.allocated().amount(), s.committed().amount(),
                    s.invoiced().amount(), s.paid().amount(), amount(s.remaining()), s.absorption(),
                    s.participantsCommitted(), s.participantsPaid(), amount(s.costPerParticipant()));
        }
    }

    public record MonthJson(int month, int invoices, int paidInvoices, long invoiced, long paid, long premiumLines,
                            long paidPremiumLines, Double cumulativeAbsorption) {
    }

    /** @param oldest the oldest unpaid invoice's month, {@code yyyy-MM} */
    public record UnpaidJson(int invoices, long amount, String oldest) {
    }

    public record RiskStatusJson(String status, long participants, long owed) {
    }

    /** @param oldestSince the oldest unpaid month, {@code yyyy-MM} */
    public record AtRiskJson(long participants, long owed, String oldestSince, LocalDateTime checkedAt,
                             List<RiskStatusJson> byStatus) {
    }

    /** The answer of {@code GET /api/v1/reports/budget}. */
    public record BudgetJson(int year, String source, String opd, List<SourceJson> sources, SourceJson total,
                             List<MonthJson> months, UnpaidJson unpaidInvoices, AtRiskJson atRisk) {
        static BudgetJson of(BudgetReport r) {
            List<Double> cumulative = BudgetReportService.cumulativeAbsorption(r);
            BudgetReport.AtRisk a = r.atRisk();
            return new BudgetJson(r.year(), r.sourceCode(), r.opdCode(),
                    r.sources().stream().map(SourceJson::of).toList(), SourceJson.of(r.total()),
                    r.months().stream().map(m -> new MonthJson(m.month(), m.invoices(), m.paidInvoices(),
                            m.invoiced().amount(), m.paid().amount(), m.premiumLines(), m.paidPremiumLines(),
                            cumulative.get(m.month() - 1))).toList(),
                    new UnpaidJson(r.unpaid().invoices(), r.unpaid().amount().amount(), month(r.unpaid().oldest())),
                    new AtRiskJson(a.participants(), a.owed().amount(), month(a.oldestSince()), a.checkedAt(),
                            a.byStatus().stream().map(s -> new RiskStatusJson(s.status(), s.participants(),
                                    s.owed().amount())).toList()));
        }
    }

    @Inject
    BudgetReportService reports;

    @Inject
    BusinessClock clock;

    @Inject
    ReportRenderer renderer;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportDownloads.XLSX, ReportDownloads.PDF})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.VERIFIER, Role.Names.AUDITOR,
            Role.Names.OPD_OPERATOR})
    @Operation(summary = "The budget of a fiscal year (R-04): per funding source allocation, committed, invoiced, "
            + "paid, remaining, absorption (paid / allocation, %) and cost per participant (paid / participants on "
            + "paid invoices); per month invoiced and paid; the unpaid invoices; the participants at risk. "
            + "year defaults to this year; source (e.g. APBD) to all. An OPD operator gets its own OPD's figures; "
            + "BPJS officers are refused. With format=xlsx|pdf (lang=id|en), the report as a file (audited).")
    public Response report(@QueryParam("year") @Parameter(description = "the fiscal year; default this year")
                           String year,
                           @QueryParam("source") @Parameter(description = "a funding source code; default all")
                           String source,
                           @QueryParam("format") @Parameter(description = "json (default), xlsx or pdf") String format,
                           @QueryParam("lang") @Parameter(description = "id (default) or en") String lang) {
        int thisYear = clock.today().getYear();
        boolean file = format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.strip());
        if (file && !ReportDownloads.isReportFormat(format.strip())) {
            throw new BusinessException("report.format.unknown", format);
        }
        BudgetReport r = reports.figures(ReportParams.year(year, thisYear, thisYear + 1, "budget.error.year"), source);
        if (!file) {
            return Response.ok(BudgetJson.of(r), MediaType.APPLICATION_JSON).build();
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        Locale locale = ReportDownloads.language(lang);
        reports.downloaded(r, f);
        return ReportDownloads.response(renderer, reports.document(r, locale), locale, f, "laporan-anggaran-"
                + r.year() + (r.sourceCode() == null ? "" : "-" + r.sourceCode()));
    }

    private static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    private static Long amount(Rupiah r) {
        return r == null ? null : r.amount();
    }
}
