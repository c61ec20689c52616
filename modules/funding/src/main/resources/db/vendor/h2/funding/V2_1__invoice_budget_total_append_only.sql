-- F-03 (H2): an invoice's sums per budget line are frozen like its lines.
CREATE TRIGGER invoice_budget_total_no_update BEFORE UPDATE ON invoice_budget_total FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER invoice_budget_total_no_delete BEFORE DELETE ON invoice_budget_total FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
