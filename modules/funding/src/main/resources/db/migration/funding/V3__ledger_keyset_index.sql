-- The evidence pack and the disbursement history's export read a year's and source's ledger entries in keyset pages
-- (seq after the last one read, a thousand at a time). With seq right after the two equalities, every page is read in
-- index order and stops after its thousand rows; without it each page sorted all the year's remaining entries
-- (100,000 entries: about 2 s instead of 0.1 s in H2).
CREATE INDEX ix_ledger_year_source_seq ON ledger_entry (fiscal_year, source_code, seq);
