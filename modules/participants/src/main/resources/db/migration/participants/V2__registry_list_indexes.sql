-- The registry over a million participants (ADR 0013). Lists are read newest first along an index whose leading
-- columns are the list's equality filters (the OPD, then the status), so the database reads one page of rows
-- instead of sorting every match; other filters (kecamatan, kelurahan, sector, age band) are checked row by row
-- along that walk. Searches by name or NIK read along their own index, in name or NIK order.
-- Each index is written for every imported row: keys that grow in one place (an OPD's newest id) cost little,
-- keys that land anywhere (a NIK, a name) cost most, so the set below is the smallest that serves the lists.
DROP INDEX ix_participant_sector;
DROP INDEX ix_participant_kelurahan;
DROP INDEX ix_participant_kecamatan;
DROP INDEX ix_participant_name;
DROP INDEX ix_participant_birth;
DROP INDEX ix_participant_nik;
-- an import's candidates are its OPD's newest rows: found along ix_participant_opd
DROP INDEX ix_participant_import;

CREATE INDEX ix_participant_opd ON participant (opd_code, id);
CREATE INDEX ix_participant_name ON participant (full_name, id);
CREATE INDEX ix_participant_nik ON participant (nik, id);
