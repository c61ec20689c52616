-- C-03 (PostgreSQL): the rates an invoice applied are frozen like its lines.
CREATE TRIGGER invoice_rate_no_change BEFORE UPDATE OR DELETE ON invoice_rate
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER invoice_rate_no_truncate BEFORE TRUNCATE ON invoice_rate
    FOR EACH STATEMENT EXECUTE FUNCTION platform.platform_refuse_change();
