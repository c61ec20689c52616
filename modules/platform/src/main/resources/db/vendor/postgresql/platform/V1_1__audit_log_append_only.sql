-- The audit log is append-only (PostgreSQL): UPDATE, DELETE and TRUNCATE are refused by triggers.
CREATE OR REPLACE FUNCTION platform_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'table %.% is append-only: % refused', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION platform_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_change();
