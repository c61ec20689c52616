-- An invoice's lines are read by invoice (pages, exports, sums) and, within an invoice, by participant (C-05 credits,
-- arrears, a claim's billed month). One index on (invoice_id, participant_id, id) serves both and replaces two:
-- (invoice_id, id) and (participant_id). Lines are written in participant order, so a new invoice's entries are
-- appended at the end of this index instead of scattered through a participant index; writing and committing an
-- invoice of 100,000 lines maintains one index entry fewer per line. Pages of lines are in roster order (participant,
-- then line).
CREATE INDEX ix_invoice_line_roster ON invoice_line (invoice_id, participant_id, id);
DROP INDEX ix_invoice_line_invoice;
DROP INDEX ix_invoice_line_participant;

-- C-05 credits start from the commitments that ended before December, by source: without this index every invoice
-- read every line of every paid invoice to find them.
CREATE INDEX ix_commitment_ended ON commitment (source_code, last_month);
