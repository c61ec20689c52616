package id.rentan.reporting.web;

import id.rentan.funding.api.FundingEvidence;
import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.security.Role;
import id.rentan.reporting.application.EvidencePackService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditor's evidence pack over HTTP: one ZIP per fiscal year and funding source. */
@Path("v1/reports/evidence-pack")
@RequestScoped
@Tag(name = "Reports")
public class EvidencePackResource {

    /** The pack's media type. */
    static final String ZIP = "application/zip";

    @Inject
    EvidencePackService packs;

    @GET
    @Produces(ZIP)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    @Operation(summary = "The auditor's evidence pack of a fiscal year and funding source (audited)",
            description = "A ZIP, streamed: README.txt, ledger.csv and ledger-verification.csv (the whole hash chain "
                    + "recomputed, F-06), invoices.csv and every invoice's frozen roster (invoices/...), payments.csv "
                    + "with their approvals, reconciliations of BPJS's bills, summary.pdf and summary.csv with the "
                    + "totals that tie them together, and last manifest-sha256.txt: check the unpacked files with "
                    + "'sha256sum -c manifest-sha256.txt'.")
    @APIResponse(responseCode = "200", description = "the pack, as attachment paket-bukti-<year>-<source>.zip")
    @APIResponse(responseCode = "422", description = "no year, no or an unknown source, or a year without an "
            + "allocation or invoice of the source (problem JSON)")
    public Response pack(@Parameter(description = "fiscal year, e.g. 2026") @QueryParam("year") String year,
                         @Parameter(description = "funding source code, e.g. APBD") @QueryParam("source")
                         String source) {
        FundingEvidence.Period period = packs.check(year(year), source);
        StreamingOutput body = out -> packs.write(period.year(), period.sourceCode(), out);
        return Response.ok(body, ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + EvidencePackService.fileName(period)
                        + "\"")
                .build();
    }

    /** The year as given: blank is "no year", anything but digits is refused with a clear message. */
    static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (!t.matches("\\d{1,6}")) {
            throw new BusinessException("evidence.year.invalid", t);
        }
        return Integer.valueOf(t);
    }
}
