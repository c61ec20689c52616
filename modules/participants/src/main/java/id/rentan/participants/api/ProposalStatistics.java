package id.rentan.participants.api;

import java.io.Serializable;
import java.util.List;

/**
 * Data quality of the proposals, for the reporting module: what OPDs proposed in a year, what was refused at
 * import, by the verification team or by BPJS and why, and how long a proposal took to become an ACTIVE participant.
 * Applies the caller's OPD scope.
 */
public interface ProposalStatistics {

    QualityFigures quality(int year);

    /**
     * @param year             the year (proposals made, refusals and registrations recorded in it)
     * @param opds             per OPD
     * @param rejections       refusals of proposals by the verification team or BPJS, by OPD and reason
     * @param importRejections import rows refused, by OPD and rule (a row refused by two rules counts in both)
     */
    record QualityFigures(int year, List<OpdProposals> opds, List<Rejection> rejections,
                          List<ImportRejection> importRejections) implements Serializable {
    }

    /**
     * @param opdCode            the OPD
     * @param proposed           candidates proposed in the year
     * @param rejected           proposals refused in the year (verification or BPJS)
     * @param registered         proposals that became ACTIVE in the year
     * @param averageDays        average days from proposal to ACTIVE of those, or {@code null} when none
     * @param medianDays         median days from proposal to ACTIVE, or {@code null} when none
     * @param importRowsRejected import rows refused in the year (never saved)
     */
    record OpdProposals(String opdCode, long proposed, long rejected, long registered, Double averageDays,
                        Integer medianDays, long importRowsRejected) implements Serializable {
    }

    /**
     * @param opdCode the OPD
     * @param stage   {@code VERIFICATION} or {@code BPJS}
     * @param reason  the reason as recorded
     * @param count   how many
     */
    record Rejection(String opdCode, String stage, String reason, long count) implements Serializable {
    }

    /**
     * @param opdCode the OPD
     * @param rule    the rule (V-01..V-10, E-01..E-05)
     * @param rows    import rows refused by it
     */
    record ImportRejection(String opdCode, String rule, long rows) implements Serializable {
    }
}
