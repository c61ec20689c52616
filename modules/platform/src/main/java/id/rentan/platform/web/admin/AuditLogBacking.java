package id.rentan.platform.web.admin;

import id.rentan.platform.api.audit.AuditTrail;
import id.rentan.platform.api.paging.Page;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.application.audit.AuditService;
import id.rentan.platform.domain.audit.AuditFilter;
import id.rentan.platform.domain.audit.AuditRecord;
import id.rentan.platform.api.ui.PagedDataModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The audit log screen (ADMIN, AUDITOR): newest first, filtered by period, user, action and entity, paged on the
 * server, with the before/after values of each entry and a CSV download of the filtered log (itself audited).
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_PAGE = 500;
    private static final int EXPORT_MAX = 100_000;

    /**
     * A row of the audit log.
     *
     * @param id            entry id
     * @param occurredAt    when
     * @param username      who
     * @param action        what
     * @param entityType    kind of thing
     * @param entityId      which one
     * @param before        values before (JSON)
     * @param after         values after (JSON)
     * @param clientAddress client address
     */
    public record Row(long id, LocalDateTime occurredAt, String username, String action, String entityType,
                      String entityId, String before, String after, String clientAddress) implements Serializable {
        static Row of(AuditRecord r) {
            return new Row(r.id(), r.occurredAt(), r.username(), r.action(), r.entityType(), r.entityId(),
                    r.beforeJson(), r.afterJson(), r.clientAddress());
        }
    }

    @Inject
    AuditService audit;

    @Inject
    AuditTrail trail;

    private LocalDate from;
    private LocalDate to;
    private String username;
    private String action;
    private String entityType;
    private String entityId;

    private PagedDataModel<Row> model;
    private List<String> actions;
    private List<String> entityTypes;

    @PostConstruct
    void init() {
        actions = audit.actions();
        entityTypes = audit.entityTypes();
        model = new PagedDataModel<>(request -> audit.search(filter(), request).map(Row::of),
                row -> Long.toString(row.id()));
    }

    private AuditFilter filter() {
        return new AuditFilter(from, to, username, action, entityType, entityId);
    }

    public void clear() {
        from = null;
        to = null;
        username = null;
        action = null;
        entityType = null;
        entityId = null;
    }

    /** The filtered log as CSV (UTF-8 with BOM for spreadsheet programs), at most {@value #EXPORT_MAX} rows. */
    public StreamedContent getCsv() {
        return DefaultStreamedContent.builder()
                .name("audit-log.csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(this::writeCsv)
                .build();
    }

    private void writeCsv(java.io.OutputStream out) {
        AuditFilter filter = filter();
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff');
            writer.write("id,occurred_at,username,action,entity_type,entity_id,client_address,before,after\n");
            int written = 0;
            for (int page = 0; written < EXPORT_MAX; page++) {
                Page<AuditRecord> batch = audit.search(filter, PageRequest.of(page, EXPORT_PAGE));
                for (AuditRecord r : batch.items()) {
                    writer.write(String.join(",", Long.toString(r.id()), r.occurredAt().toString(),
                            csv(r.username()), csv(r.action()), csv(r.entityType()), csv(r.entityId()),
                            csv(r.clientAddress()), csv(r.beforeJson()), csv(r.afterJson())));
                    writer.write('\n');
                    written++;
                }
                if (batch.items().size() < EXPORT_PAGE) {
                    break;
                }
            }
            writer.flush();
            trail.recordIndependently("AUDIT_LOG_EXPORTED", "AuditLog", null, null,
                    Map.of("rows", written, "filter", String.valueOf(filter)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // no formula injection in spreadsheet programs
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    public List<String> getActions() {
        return actions;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public PagedDataModel<Row> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }
}
