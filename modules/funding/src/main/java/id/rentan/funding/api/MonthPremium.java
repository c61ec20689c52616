package id.rentan.funding.api;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The premium of one participant's month as the funding module knows it.
 *
 * @param participantId participant
 * @param month         the month
 * @param state         paid, invoiced but unpaid, committed but not invoiced, or not committed
 * @param invoiceId     the invoice that bills the month, if any (the one to pay when it is unpaid)
 * @param sourceCode    the funding source paying the month, if committed
 */
public record MonthPremium(long participantId, YearMonth month, PremiumState state, Long invoiceId,
                           String sourceCode) implements Serializable {

    public boolean isPaid() {
        return state == PremiumState.PAID;
    }
}
