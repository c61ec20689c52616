-- Claims (PostgreSQL): the scanned documents' bytes, and the append-only history and files
-- (platform_refuse_change() comes from the platform's V1_1).
CREATE SEQUENCE claim_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE claim_file (
    id            BIGINT        NOT NULL,
    claim_id      BIGINT        NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_by   VARCHAR(50)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_claim_file PRIMARY KEY (id),
    CONSTRAINT fk_claim_file_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_file_claim ON claim_file (claim_id);
CREATE TRIGGER claim_event_no_change BEFORE UPDATE OR DELETE ON claim_event
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
CREATE TRIGGER claim_file_no_change BEFORE UPDATE OR DELETE ON claim_file
    FOR EACH ROW EXECUTE FUNCTION platform.platform_refuse_change();
