package id.rentan.participants.application;

import java.io.Serializable;
import java.util.List;

/**
 * The per-row answer of a bulk operation (verify, reject, submit, register): which rows were done and, for the
 * others, why not. A refused row leaves its participant exactly as it was.
 *
 * @param rows one entry per requested participant, in request order
 */
public record BulkResult(List<Row> rows) implements Serializable {

    /**
     * One participant's outcome.
     *
     * @param participantId the participant (or {@code null} when a file row named none we know)
     * @param ref           what the request called it (an id, a NIK, a line of a file)
     * @param done          whether the operation was applied
     * @param messageKey    why not (i18n key), or {@code null}
     * @param args          message arguments
     */
    public record Row(Long participantId, String ref, boolean done, String messageKey, List<Object> args)
            implements Serializable {

        public static Row done(Long id, String ref) {
            return new Row(id, ref, true, null, List.of());
        }

        public static Row refused(Long id, String ref, String key, List<Object> args) {
            return new Row(id, ref, false, key, List.copyOf(args));
        }
    }

    public long doneCount() {
        return rows.stream().filter(Row::done).count();
    }

    public long refusedCount() {
        return rows.size() - doneCount();
    }
}
