-- Platform (shared kernel) tables: reference data, user accounts, audit log, dated parameters.
-- Portable SQL: runs on H2 2.x (default) and PostgreSQL 15+. Vendor-specific parts live in db/vendor/<vendor>/platform.
-- Identifier sequences start at 50 and step by 50 to match JPA allocationSize = 50.

CREATE TABLE sector (
    code         VARCHAR(30)  NOT NULL,
    name_id      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    active       BOOLEAN      NOT NULL,
    row_version  BIGINT       NOT NULL,
    CONSTRAINT pk_sector PRIMARY KEY (code)
);

CREATE TABLE opd (
    code         VARCHAR(30)  NOT NULL,
    name         VARCHAR(150) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    row_version  BIGINT       NOT NULL,
    CONSTRAINT pk_opd PRIMARY KEY (code),
    CONSTRAINT ck_opd_kind CHECK (kind IN ('LEAD', 'SECTORAL', 'KECAMATAN'))
);

-- E-04: which OPD may propose which sector.
CREATE TABLE opd_sector (
    opd_code     VARCHAR(30) NOT NULL,
    sector_code  VARCHAR(30) NOT NULL,
    CONSTRAINT pk_opd_sector PRIMARY KEY (opd_code, sector_code),
    CONSTRAINT fk_opd_sector_opd FOREIGN KEY (opd_code) REFERENCES opd (code),
    CONSTRAINT fk_opd_sector_sector FOREIGN KEY (sector_code) REFERENCES sector (code)
);

CREATE TABLE kecamatan (
    code  VARCHAR(8)   NOT NULL,
    name  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_kecamatan PRIMARY KEY (code)
);

CREATE TABLE kelurahan (
    code            VARCHAR(13)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    kecamatan_code  VARCHAR(8)   NOT NULL,
    CONSTRAINT pk_kelurahan PRIMARY KEY (code),
    CONSTRAINT fk_kelurahan_kecamatan FOREIGN KEY (kecamatan_code) REFERENCES kecamatan (code)
);

CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE app_user (
    id                    BIGINT       NOT NULL,
    username              VARCHAR(50)  NOT NULL,
    full_name             VARCHAR(100) NOT NULL,
    password_hash         VARCHAR(300) NOT NULL,
    role_name             VARCHAR(20)  NOT NULL,
    opd_code              VARCHAR(30),
    enabled               BOOLEAN      NOT NULL,
    must_change_password  BOOLEAN      NOT NULL,
    failed_attempts       INTEGER      NOT NULL,
    locked_until          TIMESTAMP,
    last_login_at         TIMESTAMP,
    password_changed_at   TIMESTAMP,
    created_at            TIMESTAMP    NOT NULL,
    row_version           BIGINT       NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_opd FOREIGN KEY (opd_code) REFERENCES opd (code),
    CONSTRAINT ck_app_user_role CHECK (role_name IN ('ADMIN', 'OPD_OPERATOR', 'VERIFIER', 'FINANCE', 'BPJS_OFFICER', 'AUDITOR')),
    -- An OPD operator is bound to exactly one OPD; every other role to none.
    CONSTRAINT ck_app_user_opd CHECK ((role_name = 'OPD_OPERATOR' AND opd_code IS NOT NULL)
                                   OR (role_name <> 'OPD_OPERATOR' AND opd_code IS NULL))
);

CREATE SEQUENCE audit_log_seq START WITH 50 INCREMENT BY 50;

-- Append-only: the application never updates or deletes, and a vendor-specific trigger refuses it in the database.
CREATE TABLE audit_log (
    id              BIGINT         NOT NULL,
    occurred_at     TIMESTAMP      NOT NULL,
    username        VARCHAR(50)    NOT NULL,
    action          VARCHAR(60)    NOT NULL,
    entity_type     VARCHAR(60),
    entity_id       VARCHAR(100),
    before_json     VARCHAR(100000),
    after_json      VARCHAR(100000),
    client_address  VARCHAR(64),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX ix_audit_log_user ON audit_log (username, occurred_at);
CREATE INDEX ix_audit_log_action ON audit_log (action, occurred_at);
CREATE INDEX ix_audit_log_entity ON audit_log (entity_type, entity_id);

CREATE SEQUENCE parameter_version_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE parameter_version (
    id           BIGINT         NOT NULL,
    code         VARCHAR(60)    NOT NULL,
    param_value  DECIMAL(19, 4) NOT NULL,
    valid_from   DATE           NOT NULL,
    valid_to     DATE,
    legal_basis  VARCHAR(300)   NOT NULL,
    created_by   VARCHAR(50)    NOT NULL,
    created_at   TIMESTAMP      NOT NULL,
    row_version  BIGINT         NOT NULL,
    CONSTRAINT pk_parameter_version PRIMARY KEY (id),
    CONSTRAINT uq_parameter_version UNIQUE (code, valid_from),
    CONSTRAINT ck_parameter_version_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
