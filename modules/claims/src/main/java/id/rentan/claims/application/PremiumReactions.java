package id.rentan.claims.application;

import id.rentan.funding.api.FundingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * CL-01: when an invoice is paid (or a payment reversed), the claims of its month are checked again, after the
 * payment committed, in a transaction of their own: a claim at risk becomes covered once its month is paid.
 */
@ApplicationScoped
public class PremiumReactions {

    private static final Logger LOG = Logger.getLogger(PremiumReactions.class.getName());

    @Inject
    ClaimService claims;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void paid(@Observes(during = TransactionPhase.AFTER_SUCCESS) FundingEvents.InvoicePaid event) {
        recheck(YearMonth.of(event.year(), event.month()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void reopened(@Observes(during = TransactionPhase.AFTER_SUCCESS) FundingEvents.InvoiceReopened event) {
        recheck(YearMonth.of(event.year(), event.month()));
    }

    private void recheck(YearMonth month) {
        try {
            int changed = claims.recheckMonth(month);
            LOG.fine(() -> "Claims of " + month + " checked again: " + changed + " changed");
        } catch (RuntimeException e) {
            // the payment stands; the at-risk list checks again when it is opened
            LOG.log(Level.WARNING, "Claims of " + month + " could not be checked again", e);
        }
    }
}
