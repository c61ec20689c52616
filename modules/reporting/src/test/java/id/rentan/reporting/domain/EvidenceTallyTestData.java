package id.rentan.reporting.domain;

/** A year of figures that tie, for the tests of the tally and of the summary that shows it. */
public final class EvidenceTallyTestData {

    private EvidenceTallyTestData() {
    }

    /**
     * A year of a source: January paid (100 lines at Rp16.800), February paid, with a credit of one month (C-05),
     * paid once, reversed, and paid again; March issued and its payment approved without a receipt yet; a payment
     * recorded and waiting for approval.
     */
    public static EvidenceTally year() {
        EvidenceTally t = new EvidenceTally();
        t.allocation(907_200_000);
        // ledger, in chain order
        t.ledgerEntry("PAYMENT_APPROVED", 1L, 1_680_000, true);
        t.ledgerEntry("RECEIPT", 1L, 1_680_000, true);
        t.ledgerEntry("CREDIT", null, -16_800, true);
        t.ledgerEntry("PAYMENT_APPROVED", 2L, 1_663_200, true);
        t.ledgerEntry("RECEIPT", 2L, 1_663_200, true);
        t.ledgerEntry("REVERSAL", 2L, -1_663_200, true);
        t.ledgerEntry("PAYMENT_APPROVED", 3L, 1_663_200, true);
        t.ledgerEntry("RECEIPT", 3L, 1_663_200, true);
        t.ledgerEntry("PAYMENT_APPROVED", 4L, 1_680_000, true);
        // invoices with their rosters as written
        require(t.invoice(100, 1_680_000, 0, 1_680_000, true, 100, 1_680_000));
        require(t.invoice(100, 1_680_000, -16_800, 1_663_200, true, 100, 1_663_200));
        require(t.invoice(100, 1_680_000, 0, 1_680_000, false, 100, 1_680_000));
        // payments
        t.payment("PAID", 1_680_000);
        t.payment("REVERSED", 1_663_200);
        t.payment("PAID", 1_663_200);
        t.payment("APPROVED", 1_680_000);
        t.payment("RECORDED", 500_000);
        t.reconciliation(101);
        t.database(5_023_200, 5_023_200);
        t.files(12);
        return t;
    }

    private static void require(boolean ties) {
        if (!ties) {
            throw new AssertionError("the roster should tie with its invoice");
        }
    }
}
