-- Claims: work-accident (JKK) and death (JKM) claims with the cover check (CL-01) and expected benefit (CL-02) the
-- city computed, the document checklist, heirs (CL-03), children's scholarships (S-01) and each claim's history.
-- Participants and invoices are referred to by id (no cross-schema keys). Amounts are whole rupiah (BIGINT).
-- The scanned files' table is vendor-specific (BLOB / BYTEA): db/vendor/<vendor>/claims/V1_1.

CREATE SEQUENCE claim_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE claim (
    id                    BIGINT        NOT NULL,
    participant_id        BIGINT        NOT NULL,
    -- set on death claims only: one death per participant, enforced here as well as in code
    death_participant_id  BIGINT,
    opd_code              VARCHAR(30)   NOT NULL,
    sector_code           VARCHAR(30)   NOT NULL,
    kecamatan_code        VARCHAR(20),
    nik                   VARCHAR(16)   NOT NULL,
    kpj                   VARCHAR(15),
    full_name             VARCHAR(100)  NOT NULL,
    claim_type            VARCHAR(20)   NOT NULL,
    event_date            DATE          NOT NULL,
    event_time            TIME,
    reported_at           TIMESTAMP     NOT NULL,
    road_accident         BOOLEAN       NOT NULL,
    inability_months      INTEGER,
    description           VARCHAR(1000),
    coverage_start        DATE,
    reported_income       BIGINT        NOT NULL,
    cover_reason          VARCHAR(25)   NOT NULL,
    covered               BOOLEAN       NOT NULL,
    at_risk               BOOLEAN       NOT NULL,
    premium_invoice_id    BIGINT,
    premium_source        VARCHAR(20),
    pay_by                DATE,
    cover_checked_at      TIMESTAMP     NOT NULL,
    membership_months     INTEGER       NOT NULL,
    expected_benefit      BIGINT        NOT NULL,
    benefit_bounded       BOOLEAN       NOT NULL,
    late_report           BOOLEAN       NOT NULL,
    verdict_at            TIMESTAMP,
    stage_two_reported_at TIMESTAMP,
    late_stage_two        BOOLEAN       NOT NULL,
    status                VARCHAR(25)   NOT NULL,
    tracking_number       VARCHAR(60),
    submitted_at          TIMESTAMP,
    decided_amount        BIGINT,
    decided_at            TIMESTAMP,
    amount_differs        BOOLEAN       NOT NULL,
    paid_on               DATE,
    rejection_reason      VARCHAR(500),
    recorded_by           VARCHAR(50)   NOT NULL,
    recorded_at           TIMESTAMP     NOT NULL,
    updated_by            VARCHAR(50)   NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    row_version           BIGINT        NOT NULL,
    CONSTRAINT pk_claim PRIMARY KEY (id),
    CONSTRAINT uq_claim_death UNIQUE (death_participant_id),
    CONSTRAINT ck_claim_type CHECK (claim_type IN ('JKM_DEATH', 'JKK_DEATH', 'JKK_DISABILITY', 'JKK_STMB',
        'JKK_MEDICAL')),
    CONSTRAINT ck_claim_status CHECK (status IN ('REPORTED', 'DOCUMENTS_INCOMPLETE', 'SUBMITTED', 'APPROVED', 'PAID',
        'REJECTED')),
    CONSTRAINT ck_claim_amounts CHECK (expected_benefit >= 0 AND (decided_amount IS NULL OR decided_amount >= 0))
);
-- the lists filter on these
CREATE INDEX ix_claim_participant ON claim (participant_id);
CREATE INDEX ix_claim_opd_status ON claim (opd_code, status, event_date);
CREATE INDEX ix_claim_status_type ON claim (status, claim_type, event_date);
CREATE INDEX ix_claim_cover ON claim (cover_reason, event_date);
CREATE INDEX ix_claim_nik ON claim (nik);
CREATE INDEX ix_claim_invoice ON claim (premium_invoice_id);

-- CL-02: the expected benefit's breakdown, each line citing its rule
CREATE TABLE claim_benefit_item (
    claim_id  BIGINT       NOT NULL,
    position  INTEGER      NOT NULL,
    item      VARCHAR(60)  NOT NULL,
    rule_id   VARCHAR(10)  NOT NULL,
    amount    BIGINT       NOT NULL,
    CONSTRAINT pk_claim_benefit_item PRIMARY KEY (claim_id, position),
    CONSTRAINT fk_claim_benefit_item_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

CREATE SEQUENCE claim_document_seq START WITH 50 INCREMENT BY 50;
-- Section 7: the checklist; a scan is optional (its bytes are in claim_file)
CREATE TABLE claim_document (
    id             BIGINT        NOT NULL,
    claim_id       BIGINT        NOT NULL,
    document_type  VARCHAR(30)   NOT NULL,
    checked        BOOLEAN       NOT NULL,
    checked_by     VARCHAR(50),
    checked_at     TIMESTAMP,
    file_id        BIGINT,
    file_name      VARCHAR(200),
    content_type   VARCHAR(50),
    file_size      BIGINT,
    sha256         VARCHAR(64),
    CONSTRAINT pk_claim_document PRIMARY KEY (id),
    CONSTRAINT uq_claim_document UNIQUE (claim_id, document_type),
    CONSTRAINT fk_claim_document_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

CREATE SEQUENCE claim_heir_seq START WITH 50 INCREMENT BY 50;
-- CL-03: heirs (or the family of a disabled participant), the entitled ones marked
CREATE TABLE claim_heir (
    id           BIGINT        NOT NULL,
    claim_id     BIGINT        NOT NULL,
    full_name    VARCHAR(100)  NOT NULL,
    nik          VARCHAR(16)   NOT NULL,
    relation     VARCHAR(20)   NOT NULL,
    birth_date   DATE,
    married      BOOLEAN       NOT NULL,
    working      BOOLEAN       NOT NULL,
    entitled     BOOLEAN       NOT NULL,
    recorded_by  VARCHAR(50)   NOT NULL,
    recorded_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_claim_heir PRIMARY KEY (id),
    CONSTRAINT uq_claim_heir_nik UNIQUE (claim_id, nik),
    CONSTRAINT fk_claim_heir_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

CREATE SEQUENCE scholarship_seq START WITH 50 INCREMENT BY 50;
-- S-01: one child's scholarship for one school year
CREATE TABLE scholarship (
    id            BIGINT        NOT NULL,
    claim_id      BIGINT        NOT NULL,
    heir_id       BIGINT        NOT NULL,
    school_year   INTEGER       NOT NULL,
    school_level  VARCHAR(12)   NOT NULL,
    amount        BIGINT        NOT NULL,
    recorded_by   VARCHAR(50)   NOT NULL,
    recorded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_scholarship PRIMARY KEY (id),
    CONSTRAINT uq_scholarship_child_year UNIQUE (heir_id, school_year),
    CONSTRAINT fk_scholarship_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_scholarship_heir FOREIGN KEY (heir_id) REFERENCES claim_heir (id),
    CONSTRAINT ck_scholarship_amount CHECK (amount > 0)
);
CREATE INDEX ix_scholarship_year ON scholarship (school_year, heir_id);
CREATE INDEX ix_scholarship_claim ON scholarship (claim_id);

CREATE SEQUENCE claim_event_seq START WITH 50 INCREMENT BY 50;
-- a claim's history: who did what, when, why (append-only)
CREATE TABLE claim_event (
    id           BIGINT         NOT NULL,
    claim_id     BIGINT         NOT NULL,
    action       VARCHAR(40)    NOT NULL,
    from_status  VARCHAR(25),
    to_status    VARCHAR(25)    NOT NULL,
    note         VARCHAR(1000),
    done_by      VARCHAR(50)    NOT NULL,
    done_at      TIMESTAMP      NOT NULL,
    CONSTRAINT pk_claim_event PRIMARY KEY (id),
    CONSTRAINT fk_claim_event_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_event_claim ON claim_event (claim_id, id);
CREATE INDEX ix_claim_document_claim ON claim_document (claim_id);
CREATE INDEX ix_claim_heir_claim ON claim_heir (claim_id);
