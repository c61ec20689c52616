-- R-02: the vulnerable-worker population of a year and the coverage target (percent of it), entered by the
-- administrator. The covered figures themselves are never stored here: they come from the registry (ADR 0016).
CREATE TABLE coverage_target (
    target_year    INTEGER       NOT NULL,
    population     BIGINT        NOT NULL,
    target_percent DECIMAL(5, 2) NOT NULL,
    source_note    VARCHAR(300),
    updated_by     VARCHAR(50)   NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    row_version    BIGINT        NOT NULL,
    CONSTRAINT pk_coverage_target PRIMARY KEY (target_year),
    CONSTRAINT ck_coverage_target_population CHECK (population > 0),
    CONSTRAINT ck_coverage_target_percent CHECK (target_percent > 0 AND target_percent <= 100)
);
