-- Reference data every deployment needs (also production): sectors, OPDs with the sectors each may propose (E-04),
-- the 5 kecamatan and 29 kelurahan of Kota Probolinggo (regions-probolinggo.csv, Kepmendagri 300.2.2-2138/2025),
-- and the dated parameters of business-rules.md with their defaults and legal basis.

INSERT INTO sector (code, name_id, name_en, active, row_version) VALUES
    ('NELAYAN', 'Nelayan', 'Fishers', TRUE, 1),
    ('PETANI', 'Petani', 'Farmers', TRUE, 1),
    ('UMKM', 'Pelaku UMKM', 'Micro and small business owners', TRUE, 1),
    ('RT_RW', 'Ketua RT/RW', 'RT/RW heads', TRUE, 1);

INSERT INTO opd (code, name, kind, active, row_version) VALUES
    ('DISPERINAKER', 'Dinas Perindustrian dan Tenaga Kerja', 'LEAD', TRUE, 1),
    ('DKUPP', 'Dinas Koperasi, Usaha Mikro dan Perdagangan', 'SECTORAL', TRUE, 1),
    ('PERIKANAN', 'Dinas Perikanan', 'SECTORAL', TRUE, 1),
    ('PERTANIAN', 'Dinas Ketahanan Pangan dan Pertanian', 'SECTORAL', TRUE, 1),
    ('KEC_KADEMANGAN', 'Kecamatan Kademangan', 'KECAMATAN', TRUE, 1),
    ('KEC_WONOASIH', 'Kecamatan Wonoasih', 'KECAMATAN', TRUE, 1),
    ('KEC_MAYANGAN', 'Kecamatan Mayangan', 'KECAMATAN', TRUE, 1),
    ('KEC_KANIGARAN', 'Kecamatan Kanigaran', 'KECAMATAN', TRUE, 1),
    ('KEC_KEDOPOK', 'Kecamatan Kedopok', 'KECAMATAN', TRUE, 1);

-- E-04 defaults: DISPERINAKER every sector; DKUPP UMKM; PERIKANAN NELAYAN; PERTANIAN PETANI; each kecamatan RT_RW.
INSERT INTO opd_sector (opd_code, sector_code) VALUES
    ('DISPERINAKER', 'NELAYAN'),
    ('DISPERINAKER', 'PETANI'),
    ('DISPERINAKER', 'UMKM'),
    ('DISPERINAKER', 'RT_RW'),
    ('DKUPP', 'UMKM'),
    ('PERIKANAN', 'NELAYAN'),
    ('PERTANIAN', 'PETANI'),
    ('KEC_KADEMANGAN', 'RT_RW'),
    ('KEC_WONOASIH', 'RT_RW'),
    ('KEC_MAYANGAN', 'RT_RW'),
    ('KEC_KANIGARAN', 'RT_RW'),
    ('KEC_KEDOPOK', 'RT_RW');

INSERT INTO kecamatan (code, name) VALUES
    ('35.74.01', 'Kademangan'),
    ('35.74.02', 'Wonoasih'),
    ('35.74.03', 'Mayangan'),
    ('35.74.04', 'Kanigaran'),
    ('35.74.05', 'Kedopok');

INSERT INTO kelurahan (code, name, kecamatan_code) VALUES
    ('35.74.01.1001', 'Ketapang', '35.74.01'),
    ('35.74.01.1002', 'Triwung Lor', '35.74.01'),
    ('35.74.01.1003', 'Triwung Kidul', '35.74.01'),
    ('35.74.01.1007', 'Pohsangit Kidul', '35.74.01'),
    ('35.74.01.1008', 'Kademangan', '35.74.01'),
    ('35.74.01.1009', 'Pilang', '35.74.01'),
    ('35.74.02.1001', 'Jrebeng Kidul', '35.74.02'),
    ('35.74.02.1002', 'Pakistaji', '35.74.02'),
    ('35.74.02.1003', 'Kedunggaleng', '35.74.02'),
    ('35.74.02.1005', 'Kedung Asem', '35.74.02'),
    ('35.74.02.1006', 'Sumber Taman', '35.74.02'),
    ('35.74.02.1007', 'Wonoasih', '35.74.02'),
    ('35.74.03.1001', 'Mayangan', '35.74.03'),
    ('35.74.03.1002', 'Mangunharjo', '35.74.03'),
    ('35.74.03.1004', 'Jati', '35.74.03'),
    ('35.74.03.1007', 'Sukabumi', '35.74.03'),
    ('35.74.03.1010', 'Wiroborang', '35.74.03'),
    ('35.74.04.1001', 'Tisnonegaran', '35.74.04'),
    ('35.74.04.1002', 'Sukoharjo', '35.74.04'),
    ('35.74.04.1003', 'Kanigaran', '35.74.04'),
    ('35.74.04.1004', 'Kebonsari Wetan', '35.74.04'),
    ('35.74.04.1005', 'Curahgrinting', '35.74.04'),
    ('35.74.04.1006', 'Kebonsari Kulon', '35.74.04'),
    ('35.74.05.1001', 'Jrebeng Kulon', '35.74.05'),
    ('35.74.05.1002', 'Kareng Lor', '35.74.05'),
    ('35.74.05.1003', 'Sumber Wetan', '35.74.05'),
    ('35.74.05.1004', 'Jrebeng Lor', '35.74.05'),
    ('35.74.05.1005', 'Kedopok', '35.74.05'),
    ('35.74.05.1006', 'Jrebeng Wetan', '35.74.05');

-- Dated parameters (business-rules.md sections 4-7). Ids 1..49 are taken here; the sequence is moved past them so
-- that the ids JPA allocates (blocks of 50 ending at the sequence value) never collide.
INSERT INTO parameter_version (id, code, param_value, valid_from, valid_to, legal_basis, created_by, created_at, row_version) VALUES
    (1, 'PREMIUM_JKK_PERCENT', 1, DATE '2015-07-01', NULL, 'PP 44/2015 sebagaimana diubah PP 82/2019 (iuran JKK peserta BPU 1% penghasilan); C-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (2, 'PREMIUM_JKM_MONTHLY', 6800, DATE '2015-07-01', NULL, 'PP 44/2015 sebagaimana diubah PP 82/2019 (iuran JKM peserta BPU Rp6.800/bulan); C-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (3, 'DEFAULT_REPORTED_INCOME', 1000000, DATE '2015-07-01', NULL, 'Kebijakan Pemkot Probolinggo: penghasilan dilaporkan Rp1.000.000; C-02', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (4, 'ENTRY_AGE_MAX_EXCLUSIVE', 65, DATE '2015-07-01', NULL, 'Permenaker 5/2021 (usia peserta BPU saat mendaftar di bawah 65 tahun); E-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (5, 'ENTRY_AGE_MIN', 15, DATE '2015-07-01', NULL, 'Permenaker 5/2021 (usia kerja minimal); E-02', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (6, 'GRACE_PERIOD_MONTHS', 3, DATE '2015-07-01', NULL, 'PP 44/2015 sebagaimana diubah PP 82/2019 (tunggakan iuran paling lama 3 bulan); CL-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (7, 'JKM_LUMP_SUM', 20000000, DATE '2019-12-02', NULL, 'PP 82/2019 (santunan sekaligus JKM); B-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (8, 'JKM_PERIODIC', 12000000, DATE '2019-12-02', NULL, 'PP 82/2019 (santunan berkala JKM dibayar sekaligus); B-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (9, 'JKM_FUNERAL', 10000000, DATE '2019-12-02', NULL, 'PP 82/2019 (biaya pemakaman JKM); B-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (10, 'JKM_FULL_BENEFIT_MIN_MEMBERSHIP_MONTHS', 3, DATE '2019-12-02', NULL, 'Permenaker 5/2021 (masa iur minimal 3 bulan untuk manfaat penuh JKM BPU); B-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (11, 'JKM_SHORT_MEMBERSHIP_BENEFIT', 10000000, DATE '2019-12-02', NULL, 'Permenaker 5/2021 (santunan JKM masa iur kurang dari 3 bulan); B-02', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (12, 'JKM_SCHOLARSHIP_MIN_MEMBERSHIP_MONTHS', 36, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa JKM: masa iur minimal 3 tahun); B-03', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (13, 'JKK_DEATH_INCOME_MULTIPLIER', 48, DATE '2015-07-01', NULL, 'PP 44/2015 (santunan kematian JKK 48 x upah/penghasilan); K-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (14, 'JKK_DEATH_PERIODIC', 12000000, DATE '2019-12-02', NULL, 'PP 82/2019 (santunan berkala kematian JKK dibayar sekaligus); K-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (15, 'JKK_DEATH_FUNERAL', 10000000, DATE '2019-12-02', NULL, 'PP 82/2019 (biaya pemakaman kematian JKK); K-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (16, 'JKK_DISABILITY_INCOME_MULTIPLIER', 56, DATE '2015-07-01', NULL, 'PP 44/2015 (cacat total tetap 56 x upah/penghasilan); K-02', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (17, 'JKK_STMB_FIRST_PERIOD_MONTHS', 12, DATE '2019-12-02', NULL, 'PP 82/2019 (STMB 100% selama 12 bulan pertama); K-03', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (18, 'JKK_STMB_FIRST_PERIOD_PERCENT', 100, DATE '2019-12-02', NULL, 'PP 82/2019 (STMB 100% penghasilan); K-03', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (19, 'JKK_STMB_LATER_PERCENT', 50, DATE '2019-12-02', NULL, 'PP 82/2019 (STMB 50% setelah 12 bulan sampai sembuh); K-03', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (20, 'JKK_REPORT_DEADLINE_HOURS', 48, DATE '2015-07-01', NULL, 'Permenaker 5/2021 (laporan kecelakaan kerja 2 x 24 jam); CL-04', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (21, 'SCHOLARSHIP_TK_SD_YEARLY', 1500000, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa TK-SD per anak per tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (22, 'SCHOLARSHIP_TK_SD_YEARS', 8, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa TK-SD paling lama 8 tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (23, 'SCHOLARSHIP_SMP_YEARLY', 2000000, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa SMP per anak per tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (24, 'SCHOLARSHIP_SMP_YEARS', 3, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa SMP paling lama 3 tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (25, 'SCHOLARSHIP_SMA_YEARLY', 3000000, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa SMA per anak per tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (26, 'SCHOLARSHIP_SMA_YEARS', 3, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa SMA paling lama 3 tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (27, 'SCHOLARSHIP_UNIVERSITY_YEARLY', 12000000, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa perguruan tinggi per anak per tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (28, 'SCHOLARSHIP_UNIVERSITY_YEARS', 5, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa perguruan tinggi paling lama 5 tahun); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (29, 'SCHOLARSHIP_MAX_CHILDREN', 2, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa paling banyak 2 anak); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (30, 'SCHOLARSHIP_MAX_TOTAL', 174000000, DATE '2019-12-02', NULL, 'PP 82/2019 (total beasiswa paling banyak Rp174.000.000); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1),
    (31, 'SCHOLARSHIP_MAX_AGE', 23, DATE '2019-12-02', NULL, 'PP 82/2019 (beasiswa berakhir pada usia 23 tahun, menikah atau bekerja); S-01', 'system', TIMESTAMP '2026-01-01 00:00:00', 1);

ALTER SEQUENCE parameter_version_seq RESTART WITH 100;
