package id.rentan.reporting.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the evidence pack's summary ({@code summary.pdf}, {@code summary.csv}) says: who built the pack for which fiscal
 * year and source, the figures and checks of its {@link EvidenceTally}, the verification of the whole ledger chain
 * (F-06), and how many files the pack holds.
 *
 * @param city             the city government, e.g. "Pemerintah Kota Probolinggo"
 * @param department       the lead department, e.g. "Dinas Perindustrian dan Tenaga Kerja"
 * @param year             fiscal year
 * @param sourceCode       funding source
 * @param sourceName       its name
 * @param generatedAt      when the pack was built
 * @param generatedBy      by whom
 * @param figures          the figures
 * @param checks           the checks
 * @param chain            the ledger's verification
 * @param rosterFiles      invoice roster files ({@code invoices/...})
 * @param reconciliationFiles reconciliation files ({@code reconciliations/...})
 * @param files            every file of the pack, the manifest included
 */
public record EvidenceSummary(String city, String department, int year, String sourceCode, String sourceName,
                              LocalDateTime generatedAt, String generatedBy, List<EvidenceTally.Figure> figures,
                              List<EvidenceTally.Check> checks, Chain chain, int rosterFiles,
                              int reconciliationFiles, int files) {

    public EvidenceSummary {
        figures = List.copyOf(figures);
        checks = List.copyOf(checks);
    }

    /**
     * The ledger's verification (the whole chain: it is one chain for every year and source).
     *
     * @param entries          entries checked
     * @param valid            whether every hash and link holds
     * @param firstBrokenEntry the first entry that does not, or {@code null}
     * @param problem          {@code content}, {@code link} or {@code sequence}, or {@code null}
     */
    public record Chain(long entries, boolean valid, Long firstBrokenEntry, String problem) {
    }

    /** Whether every check holds and the chain is intact. */
    public boolean allTie() {
        return chain.valid() && checks.stream().allMatch(EvidenceTally.Check::ok);
    }
}
