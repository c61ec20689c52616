-- F-03/F-06 (PostgreSQL): the ledger, allocation versions and the frozen invoice lines are append-only
-- (platform_refuse_change() comes from the platform's V1_1).
CREATE TRIGGER ledger_entry_no_change BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER invoice_line_no_change BEFORE UPDATE OR DELETE ON invoice_line
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER invoice_line_no_truncate BEFORE TRUNCATE ON invoice_line
    FOR EACH STATEMENT EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER allocation_version_no_change BEFORE UPDATE OR DELETE ON allocation_version
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
