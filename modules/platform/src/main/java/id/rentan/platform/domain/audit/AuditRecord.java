package id.rentan.platform.domain.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the append-only audit log. Every column is insert-only: the entity has no way to change after it is
 * written, the repository offers no update or delete, and the database refuses UPDATE and DELETE on the table
 * with a trigger.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_log", schema = "platform")
public class AuditRecord {

    @Id
    @SequenceGenerator(name = "audit_log_seq", schema = "platform", sequenceName = "audit_log_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "username", nullable = false, updatable = false, length = 50)
    private String username;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "entity_type", updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 100)
    private String entityId;

    @Column(name = "before_json", updatable = false)
    private String beforeJson;

    @Column(name = "after_json", updatable = false)
    private String afterJson;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(LocalDateTime occurredAt, String username, String action, String entityType, String entityId,
                       String beforeJson, String afterJson, String clientAddress) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.username = Objects.requireNonNull(username, "username");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.clientAddress = clientAddress;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String username() {
        return username;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String beforeJson() {
        return beforeJson;
    }

    public String afterJson() {
        return afterJson;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
