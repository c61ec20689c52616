package id.rentan.claims.api;

/**
 * The claims' figures for reports, summed in the database. Read-only.
 *
 * <p>Who may read: every role (ADMIN, OPD_OPERATOR, VERIFIER, FINANCE, BPJS_OFFICER, AUDITOR); an OPD operator gets
 * its own OPD's claims only, exactly as the claim list scopes them.
 */
public interface ClaimStatistics {

    /**
     * The claims whose event (death, accident) happened in a calendar year, and the scholarships of the school year
     * that starts in it, in the caller's scope.
     */
    ClaimReport report(int year);
}
