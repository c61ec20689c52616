package id.rentan.reporting.web;

import id.rentan.participants.api.CoverageFigures.CoverageDimension;
import id.rentan.participants.api.CoverageFigures.CoverageFilter;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.RequestValues;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.reporting.application.CoverageReport;
import id.rentan.reporting.application.CoverageReportService;
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

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** The coverage report over HTTP (R-01..R-03), scoped as the screens, as JSON or as an XLSX/PDF download. */
@Path("v1/reports/coverage")
@RequestScoped
@Tag(name = "Reports")
public class CoverageResource {

    @Inject
    CoverageReportService service;

    @Inject
    ReportRenderer renderer;

    @Inject
    BusinessClock clock;

    /**
     * @param key    the group's code
     * @param label  its name
     * @param active covered participants in the reference month
     * @param rate   percent of the year's population (whole-city figures only)
     * @param share  percent of the report's covered participants
     */
    public record GroupJson(String key, String label, long active, Double rate, double share) {
    }

    /** @param month yyyy-MM; @param active covered participants that month */
    public record MonthJson(String month, long active) {
    }

    /**
     * The coverage of a year: {@code active} is the number covered in the reference month (December, or this month
     * for the current year); {@code rate} is active / population in percent; population and target are the year's
     * and apply to whole-city figures only.
     */
    public record CoverageJson(int year, String month, String scope, Long population, BigDecimal target,
                               Long targetPeople, long active, Double rate, Long gapPeople, Long gapRupiahPerYear,
                               long previousYear, long change, List<MonthJson> months, String groupBy,
                               List<GroupJson> groups) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportDownloads.XLSX, ReportDownloads.PDF})
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPD_OPERATOR, Role.Names.VERIFIER, Role.Names.FINANCE,
            Role.Names.BPJS_OFFICER, Role.Names.AUDITOR})
    @Operation(summary = "Participants covered in a year against its population and target, grouped (R-01..R-03);"
            + " OPD operators get their own OPD's figures. With format=xlsx|pdf, the report as a file (audited).")
    public Response coverage(@QueryParam("year") @Parameter(description = "the year; default this year") Integer year,
                             @QueryParam("groupBy") @Parameter(description = "sector|opd|kecamatan|kelurahan|gender|ageBand")
                             String groupBy,
                             @QueryParam("opd") String opd, @QueryParam("sector") String sector,
                             @QueryParam("kecamatan") String kecamatan,
                             @QueryParam("format") @Parameter(description = "json (default), xlsx or pdf") String format,
                             @QueryParam("lang") @Parameter(description = "id (default) or en") String lang) {
        int y = year == null ? clock.today().getYear() : year;
        CoverageFilter filter = new CoverageFilter(blank(opd), blank(sector), blank(kecamatan), null, null);
        Locale locale = ReportDownloads.language(lang);
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            if (!ReportDownloads.isReportFormat(format)) {
                throw new BusinessException("report.format.unknown", format);
            }
            CoverageReport r = service.report(y, filter, locale);
            service.downloaded(r, format.toLowerCase(Locale.ROOT));
            return ReportDownloads.response(renderer, service.document(r, locale), locale, format,
                    "laporan-cakupan-" + y);
        }
        CoverageDimension dimension = dimension(groupBy);
        if (dimension == CoverageDimension.AGE_BAND && filter.byPlace()) {
            throw new BusinessException("coverage.ageBand.byPlace");
        }
        CoverageReport r = service.report(y, filter, EnumSet.of(dimension), locale);
        List<GroupJson> groups = r.group(dimension).stream()
                .map(g -> new GroupJson(g.key(), g.label(), g.covered(), g.rate(), g.share())).toList();
        return Response.ok(new CoverageJson(r.year(), r.month().toString(), r.scope(), r.population(),
                r.targetPercent(), r.targetPeople(), r.covered(), r.rate(), r.gapPeople(),
                r.gapPerYear() == null ? null : r.gapPerYear().amount(), r.previousCovered(), r.change(),
                r.months().stream().map(m -> new MonthJson(m.month().toString(), m.covered())).toList(),
                groupBy == null || groupBy.isBlank() ? "sector" : groupBy.strip(), groups),
                MediaType.APPLICATION_JSON).build();
    }

    static CoverageDimension dimension(String groupBy) {
        if (RequestValues.blank(groupBy)) {
            return CoverageDimension.SECTOR;
        }
        return switch (groupBy.strip().toLowerCase(Locale.ROOT)) {
            case "sector" -> CoverageDimension.SECTOR;
            case "opd" -> CoverageDimension.OPD;
            case "kecamatan" -> CoverageDimension.KECAMATAN;
            case "kelurahan" -> CoverageDimension.KELURAHAN;
            case "gender" -> CoverageDimension.GENDER;
            case "ageband", "age_band", "age" -> CoverageDimension.AGE_BAND;
            default -> throw new BusinessException("report.groupBy.unknown", groupBy);
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
