-- Arrears (issue 4): a month's premium is due 30 days after the month ends; unpaid by then, the participant enters
-- GRACE (CL-01). A dated parameter like the others.
INSERT INTO parameter_version (id, code, param_value, valid_from, valid_to, legal_basis, created_by, created_at, row_version) VALUES
    (32, 'PREMIUM_DUE_DAYS', 30, DATE '2015-07-01', NULL, 'Kebijakan program: iuran suatu bulan jatuh tempo 30 hari setelah akhir bulan; sesudahnya peserta masuk masa tenggang (CL-01)', 'system', TIMESTAMP '2026-01-01 00:00:00', 1);
