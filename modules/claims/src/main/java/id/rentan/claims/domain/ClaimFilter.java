package id.rentan.claims.domain;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a claim list is narrowed to; {@code null} means any.
 *
 * @param status          lifecycle status
 * @param type            claim type
 * @param query           NIK, KPJ or part of the name
 * @param opd             the participant's OPD
 * @param covered         covered (true), not covered (false)
 * @param atRisk          only claims whose month is not paid yet
 * @param from            event on or after
 * @param to              event on or before
 * @param reason          the cover check's reason (CL-01)
 * @param withHeirs       only claims with at least one heir recorded
 * @param scholarshipYear only claims (not rejected) with a child's scholarship in the school year starting then
 */
public record ClaimFilter(ClaimStatus status, ClaimType type, String query, String opd, Boolean covered,
                          Boolean atRisk, LocalDate from, LocalDate to, CoverReason reason, Boolean withHeirs,
                          Integer scholarshipYear) implements Serializable {

    public ClaimFilter(ClaimStatus status, ClaimType type, String query, String opd, Boolean covered, Boolean atRisk,
                       LocalDate from, LocalDate to) {
        this(status, type, query, opd, covered, atRisk, from, to, null, null, null);
    }

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null, null);
    }

    public static ClaimFilter atRiskOnly() {
        return new ClaimFilter(null, null, null, null, null, true, null, null);
    }
}
