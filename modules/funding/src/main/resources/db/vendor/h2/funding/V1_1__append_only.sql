-- F-03/F-06 (H2): the ledger, allocation versions and the frozen invoice lines are append-only.
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER allocation_version_no_update BEFORE UPDATE ON allocation_version FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER allocation_version_no_delete BEFORE DELETE ON allocation_version FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
