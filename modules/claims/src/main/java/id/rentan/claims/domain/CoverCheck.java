package id.rentan.claims.domain;

import id.rentan.funding.api.MonthPremium;
import id.rentan.funding.api.PremiumState;
import id.rentan.participants.api.ParticipantStatus;
import id.rentan.participants.api.ParticipantSummary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * CL-01: a claim is covered only if the participant was ACTIVE or in GRACE on the event date and the premium of the
 * event's month is paid. A month not paid yet that the city can still pay within the grace period (its due date,
 * {@code PREMIUM_DUE_DAYS} after the month's end, plus {@code GRACE_PERIOD_MONTHS}) keeps the claim covered <b>at
 * risk</b> until it is paid; after that it is not covered.
 *
 * @param reason    why (covered, at risk, or not covered)
 * @param invoiceId the invoice billing the event's month, if any (the one to pay when at risk)
 * @param source    the funding source of the month, if committed
 * @param payBy     the last day the month can be paid to keep the claim covered (when not paid yet)
 */
public record CoverCheck(CoverReason reason, Long invoiceId, String source, LocalDate payBy) implements Serializable {

    public boolean covered() {
        return reason.covered();
    }

    public boolean atRisk() {
        return reason.atRisk();
    }

    /** The last day a month's premium can be paid and still cover an event in it (CL-01). */
    public static LocalDate payBy(YearMonth month, int dueDays, int graceMonths) {
        return month.atEndOfMonth().plusDays(dueDays).plusMonths(graceMonths);
    }

    /**
     * @param p           the participant now (status, coverage start, last day of cover)
     * @param event       the event date
     * @param premium     the event month's premium as funding knows it
     * @param today       the day of the check
     * @param dueDays     {@code PREMIUM_DUE_DAYS}
     * @param graceMonths {@code GRACE_PERIOD_MONTHS}
     */
    public static CoverCheck evaluate(ParticipantSummary p, LocalDate event, MonthPremium premium, LocalDate today,
                                      int dueDays, int graceMonths) {
        if (p.coverageStart() == null || !p.status().isRegistered()) {
            return new CoverCheck(CoverReason.NOT_REGISTERED, null, null, null);
        }
        if (event.isBefore(p.coverageStart())) {
            return new CoverCheck(CoverReason.NOT_ACTIVE_YET, null, null, null);
        }
        if (p.endDate() != null && event.isAfter(p.endDate())) {
            return new CoverCheck(p.status() == ParticipantStatus.LAPSED ? CoverReason.LAPSED : CoverReason.ENDED,
                    null, null, null);
        }
        if (premium.state() == PremiumState.PAID) {
            return new CoverCheck(CoverReason.COVERED, premium.invoiceId(), premium.sourceCode(), null);
        }
        if (premium.state() == PremiumState.NOT_COMMITTED) {
            return new CoverCheck(CoverReason.MONTH_NOT_FUNDED, null, null, null);
        }
        LocalDate payBy = payBy(YearMonth.from(event), dueDays, graceMonths);
        if (p.status() == ParticipantStatus.LAPSED || today.isAfter(payBy)) {
            return new CoverCheck(CoverReason.MONTH_UNPAID, premium.invoiceId(), premium.sourceCode(), payBy);
        }
        return new CoverCheck(premium.state() == PremiumState.INVOICED_UNPAID ? CoverReason.AT_RISK_UNPAID
                : CoverReason.AT_RISK_NOT_INVOICED, premium.invoiceId(), premium.sourceCode(), payBy);
    }
}
