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

-- C-03: the rate an invoice applied to each reported income (the rate valid on the month's first day), frozen with
-- it. The premium lines take their amount from here in one statement, whatever the number of distinct incomes.
CREATE TABLE invoice_rate (
    invoice_id      BIGINT NOT NULL,
    reported_income BIGINT NOT NULL,
    rate            BIGINT NOT NULL,
    CONSTRAINT pk_invoice_rate PRIMARY KEY (invoice_id, reported_income),
    CONSTRAINT fk_invoice_rate_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_invoice_rate CHECK (reported_income > 0 AND rate > 0)
);
-- invoices generated before: the rate their premium lines were written with, for each income where the lines agree
-- (a commitment's income can have changed since, when it was planned again after a refusal)
INSERT INTO invoice_rate (invoice_id, reported_income, rate)
SELECT l.invoice_id, c.reported_income, MIN(l.amount) FROM invoice_line l JOIN commitment c ON c.id = l.commitment_id
WHERE l.kind = 'PREMIUM' GROUP BY l.invoice_id, c.reported_income HAVING MIN(l.amount) = MAX(l.amount);
