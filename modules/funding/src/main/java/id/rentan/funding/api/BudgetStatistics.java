package id.rentan.funding.api;

import java.util.List;

/**
 * The budget's figures for reports (R-04, F-07): per funding source and per month of a fiscal year, the unpaid
 * invoices and the participants at risk, each summed in the database. Read-only.
 *
 * <p>Who may read: ADMIN, FINANCE, VERIFIER, AUDITOR (every OPD) and OPD_OPERATOR (its own OPD only, see
 * {@link BudgetReport}); everybody else is refused.
 */
public interface BudgetStatistics {

    /** The funding sources, in the order they pay (priority), for choosing one. */
    List<FundingSourceInfo> sources();

    /**
     * The figures of a fiscal year in the caller's scope.
     *
     * @param year       the fiscal year (F-01: a calendar year)
     * @param sourceCode one funding source, or {@code null} for all of them
     */
    BudgetReport report(int year, String sourceCode);
}
