package id.rentan.funding.domain;

import java.util.Objects;

/**
 * F-06: walks the ledger in order and finds the first entry that no longer matches: its content does not give its
 * hash, its previous hash is not the hash of the entry before, or its number is not the next one (an entry removed).
 */
public final class LedgerVerification {

    /**
     * The outcome.
     *
     * @param entries          entries checked
     * @param valid            whether the whole chain holds
     * @param firstBrokenEntry the sequence number of the first entry that does not, or {@code null}
     * @param problem          what is wrong with it ({@code content}, {@code link}, {@code sequence}), or {@code null}
     */
    public record Result(long entries, boolean valid, Long firstBrokenEntry, String problem) {
    }

    private long entries;
    private long expectedSeq = 1;
    private String previousHash = LedgerEntry.GENESIS;
    private Long firstBroken;
    private String problem;

    /** Checks the next entry (entries must come in sequence order). */
    public void accept(LedgerEntry entry) {
        entries++;
        if (firstBroken != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            broken(entry, "sequence");
        } else if (!Objects.equals(entry.prevHash(), previousHash)) {
            broken(entry, "link");
        } else if (!entry.intact()) {
            broken(entry, "content");
        }
        expectedSeq = entry.seq() + 1;
        previousHash = entry.hash();
    }

    private void broken(LedgerEntry entry, String what) {
        firstBroken = entry.seq();
        problem = what;
    }

    public Result result() {
        return new Result(entries, firstBroken == null, firstBroken, problem);
    }
}
