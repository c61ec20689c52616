package id.rentan.participants.application;

import id.rentan.participants.api.ImportOutcome;
import id.rentan.platform.api.error.RuleViolation;

import java.io.Serializable;
import java.util.List;

/**
 * The report of an import, the same for a dry run and a commit: every row with its outcome and its messages (each
 * citing its rule), and the counts.
 *
 * @param importId   the import's id (also for a dry run: its report can be downloaded)
 * @param opdCode    the OPD the rows were proposed by
 * @param dryRun     whether nothing but the report was saved
 * @param total      rows in the file
 * @param accepted   rows that became (or would become) candidates
 * @param rejected   rows refused by a rule
 * @param duplicates rows whose NIK already holds an enrolment or appears earlier in the file
 * @param warnings   accepted rows carrying warnings
 * @param durationMs how long it took
 * @param rows       every row, in file order
 */
public record ImportResult(long importId, String opdCode, boolean dryRun, int total, int accepted, int rejected,
                           int duplicates, int warnings, long durationMs, List<Row> rows) implements Serializable {

    /**
     * One row of the report.
     *
     * @param line       line in the file (the header is line 1)
     * @param nik        the NIK as written
     * @param outcome    what happened
     * @param violations errors and warnings
     */
    public record Row(int line, String nik, ImportOutcome outcome, List<RuleViolation> violations)
            implements Serializable {
    }
}
