package id.rentan.funding.api;

import java.time.YearMonth;

/**
 * The funding module's facade for claims (CL-01): was a participant's month billed and paid? Not scoped by OPD: the
 * caller has already been allowed to see the participant.
 */
public interface PremiumRecords {

    MonthPremium premium(long participantId, YearMonth month);
}
