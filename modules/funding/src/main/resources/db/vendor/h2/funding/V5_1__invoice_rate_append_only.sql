-- C-03 (H2): the rates an invoice applied are frozen like its lines.
CREATE TRIGGER invoice_rate_no_update BEFORE UPDATE ON invoice_rate FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER invoice_rate_no_delete BEFORE DELETE ON invoice_rate FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
