package id.rentan.platform.application.audit;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.api.security.Role;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.application.ClientInfo;
import id.rentan.platform.application.Json;
import id.rentan.platform.domain.audit.AuditFilter;
import id.rentan.platform.domain.audit.AuditRecord;
import id.rentan.platform.domain.audit.AuditRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The audit log: appends entries for every module ({@link AuditTrail}) and lets administrators and auditors read
 * it. There is no method that changes or removes an entry.
 */
@ApplicationScoped
public class AuditService implements AuditTrail {

    /** Snapshots longer than this are cut (and marked) so one huge value never breaks the change it records. */
    static final int MAX_JSON = 100_000;

    @Inject
    AuditRecordRepository records;

    @Inject
    CallerContext callers;

    @Inject
    BusinessClock clock;

    @Inject
    Instance<ClientInfo> clientInfo;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        append(callers.caller().username(), action, entityType, entityId, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordAs(String username, String action, String entityType, String entityId, Object before,
                         Object after) {
        append(username, action, entityType, entityId, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(String action, String entityType, String entityId, Object before, Object after) {
        append(callers.caller().username(), action, entityType, entityId, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependentlyAs(String username, String action, String entityType, String entityId,
                                      Object before, Object after) {
        append(username, action, entityType, entityId, before, after);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<id.rentan.platform.api.audit.AuditEntry> entriesFor(String entityType, String entityId, int max) {
        return records.search(new AuditFilter(null, null, null, null, entityType, entityId),
                        PageRequest.of(0, Math.max(1, Math.min(max, PageRequest.MAX_SIZE)))).items().stream()
                .map(r -> new id.rentan.platform.api.audit.AuditEntry(r.occurredAt(), r.username(), r.action(),
                        r.beforeJson(), r.afterJson()))
                .toList();
    }

    /** Newest first. ADMIN and AUDITOR only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditRecord> search(AuditFilter filter, PageRequest page) {
        callers.require(Role.ADMIN, Role.AUDITOR);
        return records.search(filter == null ? AuditFilter.none() : filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        callers.require(Role.ADMIN, Role.AUDITOR);
        return records.actions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> entityTypes() {
        callers.require(Role.ADMIN, Role.AUDITOR);
        return records.entityTypes();
    }

    private void append(String username, String action, String entityType, String entityId, Object before,
                        Object after) {
        String who = username == null || username.isBlank() ? "anonymous" : cut(username, 50);
        records.append(new AuditRecord(clock.now(), who, cut(action, 60), cut(entityType, 60), cut(entityId, 100),
                json(before), json(after), clientAddress()));
    }

    private String clientAddress() {
        try {
            return clientInfo.isResolvable() ? clientInfo.get().address() : null;
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    private static String json(Object value) {
        String json = Json.write(value);
        if (json != null && json.length() > MAX_JSON) {
            return json.substring(0, MAX_JSON - 20) + "...[truncated]";
        }
        return json;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
