-- The audit log is append-only (H2): UPDATE and DELETE are refused by a trigger.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
