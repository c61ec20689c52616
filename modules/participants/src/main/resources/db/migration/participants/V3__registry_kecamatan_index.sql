-- An OPD's list by kecamatan (or by kelurahan, which lies in one kecamatan) walks the OPD's rows of that kecamatan
-- (ADR 0013). Without it, the walk met whole imports of another kecamatan first: an import is written in NIK order
-- and a NIK begins with the region where it was issued, so an import's rows come in long runs of one kecamatan.
CREATE INDEX ix_participant_opd_kecamatan ON participant (opd_code, kecamatan_code, id);
