package id.rentan.platform.api.audit;

/**
 * Appends to the audit log. Every change and every bulk read of personal data is recorded with who, when, what
 * and the values before and after. The log is append-only: there is no way to change or remove an entry.
 *
 * <p>{@link #record} joins the caller's transaction, so the entry is kept exactly when the change is kept.
 * {@link #recordIndependently} commits on its own, for events that must be kept even when the surrounding work
 * fails (a refused login, a refused approval).
 */
public interface AuditTrail {

    /**
     * Records a change or a read in the current transaction.
     *
     * @param action     what happened, upper-case with underscores, e.g. {@code USER_CREATED}, {@code EXPORT}
     * @param entityType the kind of thing, e.g. {@code UserAccount}, {@code Participant}
     * @param entityId   its id or business key (may be {@code null} for bulk reads)
     * @param before     the state before (any object serialisable to JSON, or {@code null})
     * @param after      the state after (or {@code null})
     */
    void record(String action, String entityType, String entityId, Object before, Object after);

    /** Records in the current transaction on behalf of a named user (for example the user who tried to log in). */
    void recordAs(String username, String action, String entityType, String entityId, Object before, Object after);

    /** Records in a transaction of its own, committed whatever happens to the caller's transaction. */
    void recordIndependently(String action, String entityType, String entityId, Object before, Object after);

    /** Records on behalf of a named user (for example the user who tried to log in) in a transaction of its own. */
    void recordIndependentlyAs(String username, String action, String entityType, String entityId, Object before,
                               Object after);

    /**
     * The latest entries about one entity, newest first, for the entity's own page. The calling module decides who
     * may see them (typically whoever may see the entity).
     */
    java.util.List<AuditEntry> entriesFor(String entityType, String entityId, int max);
}
