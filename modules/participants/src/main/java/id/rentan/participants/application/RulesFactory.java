package id.rentan.participants.application;

import id.rentan.participants.domain.ParticipantRules;
import id.rentan.platform.api.param.Parameters;
import id.rentan.platform.api.reference.OrganisationDirectory;
import id.rentan.platform.api.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds the data rules over the platform's regions, organisations and dated parameters. */
@ApplicationScoped
public class RulesFactory {

    @Inject
    RegionDirectory regions;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Parameters parameters;

    /**
     * The rules over an unchanging in-memory copy of the reference data and parameters as of now: an import checks
     * every row against the same data, and 100,000 rows ask without a container proxy in between.
     */
    public ParticipantRules rules() {
        return new ParticipantRules(regions.snapshot(), organisations.snapshot(), parameters.snapshot());
    }
}
