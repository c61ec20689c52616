-- The worker registry: participants, their status history, import batches and their reports, submission batches.
-- Codes of OPDs, sectors and kelurahan refer to the platform's reference data by value (no cross-schema keys).

CREATE SEQUENCE participant_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE participant (
    id              BIGINT        NOT NULL,
    nik             VARCHAR(16)   NOT NULL,
    -- V-06: the NIK while the status holds an enrolment (CANDIDATE, VERIFIED, SUBMITTED, ACTIVE, GRACE), else NULL.
    -- Unique, so the database refuses a second enrolment of a NIK even when two OPDs save it at the same moment.
    active_nik      VARCHAR(16),
    kk_number       VARCHAR(16),
    full_name       VARCHAR(100)  NOT NULL,
    birth_place     VARCHAR(60)   NOT NULL,
    birth_date      DATE          NOT NULL,
    gender          VARCHAR(1)    NOT NULL,
    mother_name     VARCHAR(100)  NOT NULL,
    address         VARCHAR(200)  NOT NULL,
    rt              VARCHAR(3)    NOT NULL,
    rw              VARCHAR(3)    NOT NULL,
    kelurahan_code  VARCHAR(13)   NOT NULL,
    kecamatan_code  VARCHAR(8)    NOT NULL,
    phone           VARCHAR(15),
    sector_code     VARCHAR(30)   NOT NULL,
    opd_code        VARCHAR(30)   NOT NULL,
    reported_income BIGINT        NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    warnings        VARCHAR(2000),
    kpj             VARCHAR(15),
    coverage_start  DATE,
    proposed_on     DATE          NOT NULL,
    end_date        DATE,
    status_reason   VARCHAR(300),
    replaces_id     BIGINT,
    replaced_by_id  BIGINT,
    import_id       BIGINT,
    import_line     INTEGER,
    submission_id   BIGINT,
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(50)   NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    updated_by      VARCHAR(50)   NOT NULL,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT pk_participant PRIMARY KEY (id),
    CONSTRAINT uq_participant_active_nik UNIQUE (active_nik),
    CONSTRAINT ck_participant_status CHECK (status IN ('CANDIDATE', 'VERIFIED', 'REJECTED', 'SUBMITTED', 'ACTIVE',
                                                       'GRACE', 'LAPSED', 'TERMINATED', 'DECEASED')),
    CONSTRAINT ck_participant_active_nik CHECK (
        (status IN ('CANDIDATE', 'VERIFIED', 'SUBMITTED', 'ACTIVE', 'GRACE') AND active_nik = nik)
        OR (status IN ('REJECTED', 'LAPSED', 'TERMINATED', 'DECEASED') AND active_nik IS NULL)),
    CONSTRAINT ck_participant_gender CHECK (gender IN ('L', 'P')),
    CONSTRAINT fk_participant_replaces FOREIGN KEY (replaces_id) REFERENCES participant (id)
);
-- The registry's lists: OPD-scoped, by status, sector, region, name, age; newest first.
CREATE INDEX ix_participant_opd_status ON participant (opd_code, status, id);
CREATE INDEX ix_participant_status ON participant (status, id);
CREATE INDEX ix_participant_sector ON participant (sector_code, status);
CREATE INDEX ix_participant_kelurahan ON participant (kelurahan_code, status);
CREATE INDEX ix_participant_kecamatan ON participant (kecamatan_code, status);
CREATE INDEX ix_participant_name ON participant (full_name);
CREATE INDEX ix_participant_birth ON participant (birth_date);
CREATE INDEX ix_participant_nik ON participant (nik);
CREATE INDEX ix_participant_kpj ON participant (kpj);
CREATE INDEX ix_participant_import ON participant (import_id, import_line);
CREATE INDEX ix_participant_submission ON participant (submission_id);

CREATE SEQUENCE status_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE status_change (
    id              BIGINT       NOT NULL,
    participant_id  BIGINT       NOT NULL,
    from_status     VARCHAR(12),
    to_status       VARCHAR(12)  NOT NULL,
    effective_date  DATE         NOT NULL,
    reason          VARCHAR(300),
    changed_by      VARCHAR(50)  NOT NULL,
    changed_at      TIMESTAMP    NOT NULL,
    CONSTRAINT pk_status_change PRIMARY KEY (id),
    CONSTRAINT fk_status_change_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
);
CREATE INDEX ix_status_change_participant ON status_change (participant_id, changed_at);
CREATE INDEX ix_status_change_to ON status_change (to_status, changed_at);

-- Import batches: written with JDBC in one transaction; ids from their own sequence.
CREATE SEQUENCE import_batch_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE import_batch (
    id           BIGINT        NOT NULL,
    opd_code     VARCHAR(30)   NOT NULL,
    file_name    VARCHAR(200),
    file_sha256  VARCHAR(64)   NOT NULL,
    file_bytes   BIGINT        NOT NULL,
    dry_run      BOOLEAN       NOT NULL,
    total        INTEGER       NOT NULL,
    accepted     INTEGER       NOT NULL,
    rejected     INTEGER       NOT NULL,
    duplicates   INTEGER       NOT NULL,
    warnings     INTEGER       NOT NULL,
    duration_ms  BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(50)   NOT NULL,
    CONSTRAINT pk_import_batch PRIMARY KEY (id)
);
CREATE INDEX ix_import_batch_opd ON import_batch (opd_code, id);
CREATE INDEX ix_import_batch_sha ON import_batch (file_sha256);

-- The report rows of an import that did not become participants (rejected, duplicates, every row of a dry run).
-- messages: JSON list of {rule, severity, key, args}, rendered in the reader's language.
CREATE TABLE import_row (
    import_id  BIGINT         NOT NULL,
    line       INTEGER        NOT NULL,
    nik        VARCHAR(40),
    outcome    VARCHAR(10)    NOT NULL,
    messages   VARCHAR(4000),
    CONSTRAINT pk_import_row PRIMARY KEY (import_id, line),
    CONSTRAINT fk_import_row_batch FOREIGN KEY (import_id) REFERENCES import_batch (id),
    CONSTRAINT ck_import_row_outcome CHECK (outcome IN ('ACCEPTED', 'REJECTED', 'DUPLICATE'))
);

CREATE SEQUENCE submission_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE submission (
    id                 BIGINT       NOT NULL,
    planned_start      DATE         NOT NULL,
    participant_count  INTEGER      NOT NULL,
    refused_count      INTEGER      NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    created_by         VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_submission PRIMARY KEY (id)
);
