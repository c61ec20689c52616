package id.rentan.platform.domain.audit;

import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;

import java.util.List;

/** Appends to and reads the audit log. There is deliberately no update and no delete. */
public interface AuditRecordRepository {

    void append(AuditRecord record);

    /** Newest first. */
    Page<AuditRecord> search(AuditFilter filter, PageRequest page);

    /** The distinct actions recorded so far, for the filter drop-down. */
    List<String> actions();

    /** The distinct entity types recorded so far, for the filter drop-down. */
    List<String> entityTypes();
}
