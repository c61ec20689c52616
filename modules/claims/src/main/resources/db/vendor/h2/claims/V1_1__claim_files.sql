-- Claims (H2): the scanned documents' bytes, and the append-only history and files.
CREATE SEQUENCE claim_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE claim_file (
    id            BIGINT        NOT NULL,
    claim_id      BIGINT        NOT NULL,
    content_type  VARCHAR(50)   NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       BLOB          NOT NULL,
    uploaded_by   VARCHAR(50)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_claim_file PRIMARY KEY (id),
    CONSTRAINT fk_claim_file_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_file_claim ON claim_file (claim_id);
CREATE TRIGGER claim_event_no_update BEFORE UPDATE ON claim_event FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER claim_event_no_delete BEFORE DELETE ON claim_event FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER claim_file_no_update BEFORE UPDATE ON claim_file FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
CREATE TRIGGER claim_file_no_delete BEFORE DELETE ON claim_file FOR EACH ROW
    CALL 'id.rentan.platform.infrastructure.persistence.AppendOnlyTrigger';
