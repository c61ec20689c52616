-- Funding: sources, budget lines (pagu) with their versions, commitments per participant and fiscal year, monthly
-- invoices with their frozen lines, BPJS bill reconciliations, payments (SPP -> SPM -> SP2D -> paid), the hash-chained
-- ledger and the arrears list. Participants, OPDs and sectors are referred to by id or code (no cross-schema keys).
-- Amounts are whole rupiah (BIGINT).

CREATE TABLE funding_source (
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    -- which source pays first when several could (lower first), e.g. DBHCHT 1, APBD 2
    priority    INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pk_funding_source PRIMARY KEY (code)
);
INSERT INTO funding_source (code, name, priority, active) VALUES
    ('DBHCHT', 'Dana Bagi Hasil Cukai Hasil Tembakau', 1, TRUE),
    ('APBD', 'APBD Kota', 2, TRUE),
    ('APBD_PROV', 'APBD Provinsi', 3, TRUE);

CREATE SEQUENCE budget_line_seq START WITH 50 INCREMENT BY 50;
-- F-01: an allocation (pagu) of a fiscal year and source, for every OPD and sector or only for one OPD and/or sector
-- ('' = any). The current amount and the running totals live here; every change of the amount is a new version.
CREATE TABLE budget_line (
    id              BIGINT       NOT NULL,
    fiscal_year     INTEGER      NOT NULL,
    source_code     VARCHAR(20)  NOT NULL,
    opd_code        VARCHAR(30)  NOT NULL,
    sector_code     VARCHAR(30)  NOT NULL,
    allocated       BIGINT       NOT NULL,
    committed       BIGINT       NOT NULL,
    version         INTEGER      NOT NULL,
    row_version     BIGINT       NOT NULL,
    CONSTRAINT pk_budget_line PRIMARY KEY (id),
    CONSTRAINT uq_budget_line UNIQUE (fiscal_year, source_code, opd_code, sector_code),
    CONSTRAINT fk_budget_line_source FOREIGN KEY (source_code) REFERENCES funding_source (code),
    CONSTRAINT ck_budget_line_amounts CHECK (allocated >= 0 AND committed >= 0)
);

CREATE SEQUENCE allocation_version_seq START WITH 50 INCREMENT BY 50;
-- The versions of an allocation (APBD revisions): append-only.
CREATE TABLE allocation_version (
    id              BIGINT        NOT NULL,
    budget_line_id  BIGINT        NOT NULL,
    version         INTEGER       NOT NULL,
    amount          BIGINT        NOT NULL,
    previous_amount BIGINT,
    reason          VARCHAR(300)  NOT NULL,
    recorded_by     VARCHAR(50)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_allocation_version PRIMARY KEY (id),
    CONSTRAINT uq_allocation_version UNIQUE (budget_line_id, version),
    CONSTRAINT fk_allocation_version_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id)
);

CREATE SEQUENCE commitment_seq START WITH 50 INCREMENT BY 50;
-- F-02: a participant's premiums for the months of one fiscal year, against one budget line. PLANNED from the
-- submission, COVERED once BPJS registered the participant (its months are billed), RELEASED when BPJS refused.
-- NIK, KPJ and name are kept so that invoices can freeze the roster and BPJS bills can be matched.
CREATE TABLE commitment (
    id              BIGINT        NOT NULL,
    participant_id  BIGINT        NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    budget_line_id  BIGINT        NOT NULL,
    source_code     VARCHAR(20)   NOT NULL,
    opd_code        VARCHAR(30)   NOT NULL,
    sector_code     VARCHAR(30)   NOT NULL,
    nik             VARCHAR(16)   NOT NULL,
    kpj             VARCHAR(15),
    full_name       VARCHAR(100)  NOT NULL,
    reported_income BIGINT        NOT NULL,
    first_month     INTEGER       NOT NULL,
    last_month      INTEGER       NOT NULL,
    amount          BIGINT        NOT NULL,
    state           VARCHAR(10)   NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT pk_commitment PRIMARY KEY (id),
    CONSTRAINT uq_commitment_participant_year UNIQUE (participant_id, fiscal_year),
    CONSTRAINT fk_commitment_line FOREIGN KEY (budget_line_id) REFERENCES budget_line (id),
    CONSTRAINT ck_commitment_state CHECK (state IN ('PLANNED', 'COVERED', 'RELEASED')),
    CONSTRAINT ck_commitment_months CHECK (first_month BETWEEN 1 AND 12 AND last_month BETWEEN 0 AND 12)
);
-- the roster of a month: covered commitments of a year and source
CREATE INDEX ix_commitment_roster ON commitment (fiscal_year, source_code, state, first_month, last_month);
CREATE INDEX ix_commitment_line ON commitment (budget_line_id, state);

CREATE SEQUENCE invoice_seq START WITH 50 INCREMENT BY 50;
-- F-03: the monthly invoice of a source. ISSUED, then PAID once BPJS's receipt is recorded.
CREATE TABLE invoice (
    id              BIGINT        NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    period_month    INTEGER       NOT NULL,
    source_code     VARCHAR(20)   NOT NULL,
    premium_lines   INTEGER       NOT NULL,
    credit_lines    INTEGER       NOT NULL,
    rate            BIGINT,
    premiums        BIGINT        NOT NULL,
    credits         BIGINT        NOT NULL,
    total           BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    generated_by    VARCHAR(50)   NOT NULL,
    generated_at    TIMESTAMP     NOT NULL,
    paid_at         TIMESTAMP,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT uq_invoice_month_source UNIQUE (fiscal_year, period_month, source_code),
    CONSTRAINT ck_invoice_status CHECK (status IN ('ISSUED', 'PAID')),
    CONSTRAINT ck_invoice_total CHECK (total = premiums + credits)
);

-- The frozen roster of an invoice: a PREMIUM line per participant billed (C-04) at the month's rate (C-03), and
-- CREDIT lines (negative) for months paid after a death or exit (C-05). Append-only.
CREATE TABLE invoice_line (
    id              BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    invoice_id      BIGINT        NOT NULL,
    kind            VARCHAR(7)    NOT NULL,
    participant_id  BIGINT        NOT NULL,
    commitment_id   BIGINT        NOT NULL,
    budget_line_id  BIGINT        NOT NULL,
    opd_code        VARCHAR(30)   NOT NULL,
    sector_code     VARCHAR(30)   NOT NULL,
    nik             VARCHAR(16)   NOT NULL,
    kpj             VARCHAR(15),
    full_name       VARCHAR(100)  NOT NULL,
    -- the month a CREDIT line refunds (yyyy*100+mm), and the line it refunds
    credit_period   INTEGER,
    credits_line_id BIGINT,
    amount          BIGINT        NOT NULL,
    CONSTRAINT pk_invoice_line PRIMARY KEY (id),
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT uq_invoice_line_credit UNIQUE (credits_line_id),
    CONSTRAINT ck_invoice_line_kind CHECK ((kind = 'PREMIUM' AND amount > 0 AND credits_line_id IS NULL)
        OR (kind = 'CREDIT' AND amount < 0 AND credits_line_id IS NOT NULL))
);
CREATE INDEX ix_invoice_line_invoice ON invoice_line (invoice_id, id);
CREATE INDEX ix_invoice_line_participant ON invoice_line (participant_id);
CREATE INDEX ix_invoice_line_commitment ON invoice_line (commitment_id);
CREATE INDEX ix_invoice_line_budget ON invoice_line (budget_line_id);

CREATE SEQUENCE reconciliation_seq START WITH 50 INCREMENT BY 50;
-- F-04: BPJS's bill for an invoice's month, matched line by line.
CREATE TABLE reconciliation (
    id              BIGINT        NOT NULL,
    invoice_id      BIGINT        NOT NULL,
    file_name       VARCHAR(200),
    bill_rows       INTEGER       NOT NULL,
    bill_total      BIGINT        NOT NULL,
    invoice_total   BIGINT        NOT NULL,
    matched         INTEGER       NOT NULL,
    not_enrolled    INTEGER       NOT NULL,
    not_billed      INTEGER       NOT NULL,
    after_exit      INTEGER       NOT NULL,
    wrong_rate      INTEGER       NOT NULL,
    invalid         INTEGER       NOT NULL,
    uploaded_by     VARCHAR(50)   NOT NULL,
    uploaded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_reconciliation PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
CREATE TABLE reconciliation_row (
    id                BIGINT       GENERATED BY DEFAULT AS IDENTITY,
    reconciliation_id BIGINT       NOT NULL,
    line              INTEGER,
    outcome           VARCHAR(14)  NOT NULL,
    kpj               VARCHAR(20),
    nik               VARCHAR(20),
    full_name         VARCHAR(100),
    billed            BIGINT       NOT NULL,
    expected          BIGINT       NOT NULL,
    difference        BIGINT       NOT NULL,
    note              VARCHAR(200),
    CONSTRAINT pk_reconciliation_row PRIMARY KEY (id),
    CONSTRAINT fk_reconciliation_row FOREIGN KEY (reconciliation_id) REFERENCES reconciliation (id)
);
CREATE INDEX ix_reconciliation_row ON reconciliation_row (reconciliation_id, outcome, id);

CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
-- F-05: a payment of an invoice: recorded (SPP, SPM, SP2D), approved by someone else, paid (BPJS receipt), or
-- reversed. Corrections are reversals in the ledger, never edits of the amounts.
CREATE TABLE payment (
    id              BIGINT        NOT NULL,
    invoice_id      BIGINT        NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    source_code     VARCHAR(20)   NOT NULL,
    spp_number      VARCHAR(60)   NOT NULL,
    spp_date        DATE          NOT NULL,
    spm_number      VARCHAR(60)   NOT NULL,
    spm_date        DATE          NOT NULL,
    sp2d_number     VARCHAR(60)   NOT NULL,
    sp2d_date       DATE          NOT NULL,
    amount          BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    recorded_by     VARCHAR(50)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    approved_by     VARCHAR(50),
    approved_at     TIMESTAMP,
    receipt_number  VARCHAR(60),
    receipt_at      TIMESTAMP,
    reversal_reason VARCHAR(300),
    reversed_by     VARCHAR(50),
    reversed_at     TIMESTAMP,
    row_version     BIGINT        NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT fk_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT uq_payment_sp2d UNIQUE (sp2d_number),
    CONSTRAINT ck_payment_status CHECK (status IN ('RECORDED', 'APPROVED', 'PAID', 'REVERSED')),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT ck_payment_maker_checker CHECK (approved_by IS NULL OR approved_by <> recorded_by)
);
CREATE INDEX ix_payment_invoice ON payment (invoice_id, status);
CREATE INDEX ix_payment_status ON payment (status, id);

-- F-06: the ledger. Entries are only ever appended (triggers refuse UPDATE and DELETE); each carries the SHA-256 of
-- its canonical content, which includes the previous entry's hash. ledger_head holds the last sequence number and
-- hash and is locked by every append, so entries form one chain.
CREATE TABLE ledger_entry (
    seq             BIGINT        NOT NULL,
    entry_type      VARCHAR(20)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    recorded_by     VARCHAR(50)   NOT NULL,
    fiscal_year     INTEGER       NOT NULL,
    period_month    INTEGER       NOT NULL,
    source_code     VARCHAR(20)   NOT NULL,
    invoice_id      BIGINT,
    payment_id      BIGINT,
    amount          BIGINT        NOT NULL,
    sp2d_number     VARCHAR(60),
    reference       VARCHAR(100),
    description     VARCHAR(300)  NOT NULL,
    prev_hash       VARCHAR(64)   NOT NULL,
    hash            VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_ledger_entry PRIMARY KEY (seq),
    CONSTRAINT ck_ledger_entry_type CHECK (entry_type IN ('PAYMENT_APPROVED', 'RECEIPT', 'CREDIT', 'REVERSAL'))
);
CREATE INDEX ix_ledger_year_source ON ledger_entry (fiscal_year, source_code, period_month, seq);
CREATE INDEX ix_ledger_sp2d ON ledger_entry (sp2d_number);
CREATE INDEX ix_ledger_invoice ON ledger_entry (invoice_id);

CREATE TABLE ledger_head (
    id              INTEGER       NOT NULL,
    last_seq        BIGINT        NOT NULL,
    last_hash       VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_ledger_head PRIMARY KEY (id),
    CONSTRAINT ck_ledger_head_single CHECK (id = 1)
);
-- the chain starts from 64 zeros
INSERT INTO ledger_head (id, last_seq, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Arrears: who is at risk, since when (refreshed by the daily job).
CREATE TABLE arrears (
    participant_id  BIGINT        NOT NULL,
    source_code     VARCHAR(20)   NOT NULL,
    opd_code        VARCHAR(30)   NOT NULL,
    nik             VARCHAR(16)   NOT NULL,
    full_name       VARCHAR(100)  NOT NULL,
    since_period    INTEGER       NOT NULL,
    unpaid_months   INTEGER       NOT NULL,
    amount          BIGINT        NOT NULL,
    participant_status VARCHAR(12) NOT NULL,
    checked_at      TIMESTAMP     NOT NULL,
    CONSTRAINT pk_arrears PRIMARY KEY (participant_id)
);
CREATE INDEX ix_arrears_opd ON arrears (opd_code, since_period);
