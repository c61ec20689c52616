-- C-05: a paid month is credited once. That was a unique key on invoice_line (credits_line_id): an index entry
-- written for every premium line of every invoice (all of them NULL), about a tenth of the cost of writing an
-- invoice of 100,000 lines. The rule moves to a table written only for credit lines; its primary key refuses a
-- second credit of the same line, also when two invoices are generated at the same moment.
CREATE TABLE line_credit (
    credited_line_id BIGINT NOT NULL,
    credit_line_id   BIGINT NOT NULL,
    CONSTRAINT pk_line_credit PRIMARY KEY (credited_line_id),
    CONSTRAINT fk_line_credit_credited FOREIGN KEY (credited_line_id) REFERENCES invoice_line (id),
    CONSTRAINT fk_line_credit_credit FOREIGN KEY (credit_line_id) REFERENCES invoice_line (id)
);

INSERT INTO line_credit (credited_line_id, credit_line_id)
SELECT credits_line_id, id FROM invoice_line WHERE credits_line_id IS NOT NULL;

ALTER TABLE invoice_line DROP CONSTRAINT uq_invoice_line_credit;
