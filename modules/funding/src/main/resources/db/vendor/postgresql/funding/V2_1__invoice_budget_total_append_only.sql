-- F-03 (PostgreSQL): an invoice's sums per budget line are frozen like its lines.
CREATE TRIGGER invoice_budget_total_no_change BEFORE UPDATE OR DELETE ON invoice_budget_total
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER invoice_budget_total_no_truncate BEFORE TRUNCATE ON invoice_budget_total
    FOR EACH STATEMENT EXECUTE FUNCTION platform.platform_refuse_change();
