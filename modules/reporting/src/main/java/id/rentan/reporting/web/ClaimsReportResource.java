package id.rentan.reporting.web;

import id.rentan.claims.api.ClaimReport;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.reporting.application.ClaimsReportService;
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

import java.util.List;
import java.util.Locale;

/**
 * The claims report over HTTP, scoped as the screen: every role may read it, an OPD operator gets its own
 * OPD's claims. Claims count in the year of their event; amounts are whole rupiah. As JSON, or as the XLSX or PDF
 * report (R-07, audited) with {@code format=xlsx|pdf} and {@code lang=id|en}.
 */
@Path("v1/reports/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ClaimsReportResource {

    /** What a group of claims adds up to (CL-02: expected beside decided). */
    public record FiguresJson(long claims, long expected, long openEnded, long decided, long expectedOfDecided,
                              long decidedAmount, long difference, long paidAmount, long amountDiffers) {
        static FiguresJson of(ClaimReport.Figures f) {
            return new FiguresJson(f.claims(), f.expected().amount(), f.openEnded(), f.decided(),
                    f.expectedOfDecided().amount(), f.decidedAmount().amount(), f.difference().amount(),
                    f.paidAmount().amount(), f.amountDiffers());
        }
    }

    public record TypeJson(String type, FiguresJson figures) {
    }

    public record StatusJson(String status, FiguresJson figures) {
    }

    public record TypeStatusJson(String type, String status, long claims) {
    }

    public record NotCoveredJson(String reason, long claims, long expected) {
    }

    public record AtRiskJson(long claims, long expected) {
    }

    public record RelationJson(String relation, long heirs, long entitled) {
    }

    public record HeirsJson(long heirs, long entitled, long claims, List<RelationJson> byRelation) {
    }

    public record LevelJson(String level, long children, long amount) {
    }

    /** @param schoolYear the calendar year the school year starts in */
    public record ScholarshipsJson(int schoolYear, long children, long amount, long claims, List<LevelJson> byLevel) {
    }

    /** The answer of {@code GET /api/v1/reports/claims}. */
    public record ClaimsJson(int year, String opd, FiguresJson total, List<TypeJson> byType, List<StatusJson> byStatus,
                             List<TypeStatusJson> byTypeAndStatus, List<NotCoveredJson> notCovered, AtRiskJson atRisk,
                             HeirsJson heirs, ScholarshipsJson scholarships) {
        static ClaimsJson of(ClaimReport r) {
            return new ClaimsJson(r.year(), r.opdCode(), FiguresJson.of(r.total()),
                    r.byType().stream().map(t -> new TypeJson(t.type(), FiguresJson.of(t.figures()))).toList(),
                    r.byStatus().stream().map(s -> new StatusJson(s.status(), FiguresJson.of(s.figures()))).toList(),
                    r.typeStatus().stream().map(p -> new TypeStatusJson(p.type(), p.status(), p.claims())).toList(),
                    r.notCovered().stream().map(n -> new NotCoveredJson(n.reason(), n.claims(),
                            n.expected().amount())).toList(),
                    new AtRiskJson(r.atRisk().claims(), r.atRisk().expected().amount()),
                    new HeirsJson(r.heirs().heirs(), r.heirs().entitled(), r.heirs().claims(),
                            r.heirs().byRelation().stream().map(h -> new RelationJson(h.relation(), h.heirs(),
                                    h.entitled())).toList()),
                    new ScholarshipsJson(r.scholarships().schoolYear(), r.scholarships().children(),
                            r.scholarships().amount().amount(), r.scholarships().claims(),
                            r.scholarships().byLevel().stream().map(l -> new LevelJson(l.level(), l.children(),
                                    l.amount().amount())).toList()));
        }
    }

    @Inject
    ClaimsReportService reports;

    @Inject
    BusinessClock clock;

    @Inject
    ReportRenderer renderer;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportDownloads.XLSX, ReportDownloads.PDF})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.FINANCE,
            Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "The claims of a year by event date (R-05): count, expected, decided and paid amounts by "
            + "type and status, claims not covered by reason, claims at risk, heirs by relation, children on "
            + "scholarship in the school year starting that year. year defaults to this year. An OPD operator gets "
            + "its own OPD's claims. With format=xlsx|pdf (lang=id|en), the report as a file (audited).")
    public Response report(@QueryParam("year") @Parameter(description = "the year of the events; default this year")
                           String year,
                           @QueryParam("format") @Parameter(description = "json (default), xlsx or pdf") String format,
                           @QueryParam("lang") @Parameter(description = "id (default) or en") String lang) {
        int thisYear = clock.today().getYear();
        boolean file = format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.strip());
        if (file && !ReportDownloads.isReportFormat(format.strip())) {
            throw new BusinessException("report.format.unknown", format);
        }
        ClaimReport r = reports.figures(ReportParams.year(year, thisYear, thisYear, "claimsReport.error.year"));
        if (!file) {
            return Response.ok(ClaimsJson.of(r), MediaType.APPLICATION_JSON).build();
        }
        String f = format.strip().toLowerCase(Locale.ROOT);
        Locale locale = ReportDownloads.language(lang);
        reports.downloaded(r, f);
        return ReportDownloads.response(renderer, reports.document(r, locale), locale, f, "laporan-klaim-" + r.year());
    }
}
