package id.rentan.funding.application;

import id.rentan.platform.api.money.Rupiah;

/**
 * F-07 / R-04: where a budget line (or a whole source) stands.
 *
 * @param lineId      budget line, or {@code null} for a sum
 * @param fiscalYear  year
 * @param sourceCode  source
 * @param opdCode     OPD the line is reserved to, or {@code null}
 * @param sectorCode  sector the line is reserved to, or {@code null}
 * @param version     allocation version
 * @param allocated   pagu
 * @param committed   premiums reserved for participants (F-02)
 * @param invoiced    on invoices (premiums less credits)
 * @param paid        on paid invoices
 * @param remaining   allocated - committed
 * @param placesLeft  participants that could still start next month at today's rate and be covered to December
 * @param absorption  paid / allocated, percent with one decimal
 */
public record BudgetFigures(Long lineId, int fiscalYear, String sourceCode, String opdCode, String sectorCode,
                            int version, Rupiah allocated, Rupiah committed, Rupiah invoiced, Rupiah paid,
                            Rupiah remaining, long placesLeft, double absorption) {
}
