-- Coverage figures (R-01, ADR 0016): how many participants' cover starts and ends in each month, per OPD, sector,
-- kelurahan and gender, and apart per OPD, sector and birth month (for age bands). Covered in month M = starts in
-- months <= M minus ends in months <= M. Months are numbered year * 12 + month - 1; a participant's end is counted in
-- the month after its last day of cover (never before its start month). Kept by the application in the transaction
-- of every change of cover; recounted from the registry below and on the administrator's check.
CREATE TABLE coverage_flow (
    opd_code       VARCHAR(30) NOT NULL,
    sector_code    VARCHAR(30) NOT NULL,
    kelurahan_code VARCHAR(13) NOT NULL,
    gender         VARCHAR(1)  NOT NULL,
    month_no       INTEGER     NOT NULL,
    starts         INTEGER     NOT NULL,
    ends           INTEGER     NOT NULL,
    CONSTRAINT pk_coverage_flow PRIMARY KEY (opd_code, sector_code, kelurahan_code, gender, month_no)
);

CREATE TABLE coverage_age_flow (
    opd_code       VARCHAR(30) NOT NULL,
    sector_code    VARCHAR(30) NOT NULL,
    birth_month_no INTEGER     NOT NULL,
    month_no       INTEGER     NOT NULL,
    starts         INTEGER     NOT NULL,
    ends           INTEGER     NOT NULL,
    CONSTRAINT pk_coverage_age_flow PRIMARY KEY (opd_code, sector_code, birth_month_no, month_no)
);

INSERT INTO coverage_flow (opd_code, sector_code, kelurahan_code, gender, month_no, starts, ends)
SELECT opd_code, sector_code, kelurahan_code, gender, month_no, SUM(s), SUM(e) FROM (
    SELECT opd_code, sector_code, kelurahan_code, gender,
           (CAST(EXTRACT(YEAR FROM coverage_start) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM coverage_start) AS INTEGER) - 1) AS month_no,
           1 AS s, 0 AS e
      FROM participant WHERE coverage_start IS NOT NULL
    UNION ALL
    SELECT opd_code, sector_code, kelurahan_code, gender,
           GREATEST(CAST(EXTRACT(YEAR FROM end_date) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM end_date) AS INTEGER),
                    CAST(EXTRACT(YEAR FROM coverage_start) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM coverage_start) AS INTEGER) - 1),
           0, 1
      FROM participant WHERE coverage_start IS NOT NULL AND end_date IS NOT NULL
) x GROUP BY opd_code, sector_code, kelurahan_code, gender, month_no;

INSERT INTO coverage_age_flow (opd_code, sector_code, birth_month_no, month_no, starts, ends)
SELECT opd_code, sector_code, birth_month_no, month_no, SUM(s), SUM(e) FROM (
    SELECT opd_code, sector_code,
           (CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM birth_date) AS INTEGER) - 1) AS birth_month_no,
           (CAST(EXTRACT(YEAR FROM coverage_start) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM coverage_start) AS INTEGER) - 1) AS month_no,
           1 AS s, 0 AS e
      FROM participant WHERE coverage_start IS NOT NULL
    UNION ALL
    SELECT opd_code, sector_code,
           (CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM birth_date) AS INTEGER) - 1),
           GREATEST(CAST(EXTRACT(YEAR FROM end_date) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM end_date) AS INTEGER),
                    CAST(EXTRACT(YEAR FROM coverage_start) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM coverage_start) AS INTEGER) - 1),
           0, 1
      FROM participant WHERE coverage_start IS NOT NULL AND end_date IS NOT NULL
) x GROUP BY opd_code, sector_code, birth_month_no, month_no;

