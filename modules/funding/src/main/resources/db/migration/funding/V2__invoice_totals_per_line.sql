-- Invoices of 100,000 lines: fewer indexes to maintain per line, and the budget overview reads per-invoice sums
-- instead of every line of the year.
-- credits find their lines through the participant (ix_invoice_line_participant); sums per budget line come from
-- invoice_budget_total below
DROP INDEX ix_invoice_line_commitment;
DROP INDEX ix_invoice_line_budget;

-- What an invoice charges each budget line (premiums and credits), written with the invoice's frozen lines and, like
-- them, never changed.
CREATE TABLE invoice_budget_total (
    invoice_id      BIGINT  NOT NULL,
    budget_line_id  BIGINT  NOT NULL,
    line_count      INTEGER NOT NULL,
    amount          BIGINT  NOT NULL,
    CONSTRAINT pk_invoice_budget_total PRIMARY KEY (invoice_id, budget_line_id),
    CONSTRAINT fk_invoice_budget_total FOREIGN KEY (invoice_id) REFERENCES invoice (id)
);
-- invoices generated before this table existed
INSERT INTO invoice_budget_total (invoice_id, budget_line_id, line_count, amount)
SELECT invoice_id, budget_line_id, COUNT(*), SUM(amount) FROM invoice_line GROUP BY invoice_id, budget_line_id;
