package id.rentan.platform.web.rest;

import id.rentan.platform.api.reference.OpdInfo;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.reference.SectorInfo;
import id.rentan.platform.api.region.KecamatanInfo;
import id.rentan.platform.api.region.KelurahanInfo;
import id.rentan.platform.api.region.RegionDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Reference data every client needs: OPD codes, sectors and the city's regions. Any logged-in user. */
@Path("v1/reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Reference data")
public class ReferenceResource {

    /**
     * The city's regions.
     *
     * @param kecamatan the kecamatan
     * @param kelurahan the kelurahan with their kecamatan
     */
    public record Regions(List<KecamatanInfo> kecamatan, List<KelurahanInfo> kelurahan) {
    }

    @Inject
    OrganisationDirectory organisations;

    @Inject
    RegionDirectory regions;

    @GET
    @Path("opds")
    @Operation(summary = "The OPDs with the sectors each may propose (E-04)")
    public List<OpdInfo> opds() {
        return organisations.opds();
    }

    @GET
    @Path("sectors")
    @Operation(summary = "The sectors")
    public List<SectorInfo> sectors() {
        return organisations.sectors();
    }

    @GET
    @Path("regions")
    @Operation(summary = "The kecamatan and kelurahan of the city (V-09)")
    public Regions regions() {
        return new Regions(regions.kecamatan(), regions.kelurahan());
    }
}
