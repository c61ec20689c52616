package id.rentan.claims.domain;

import id.rentan.funding.api.PremiumState;
import id.rentan.participants.api.ParticipantStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static id.rentan.claims.domain.ClaimFixtures.active;
import static id.rentan.claims.domain.ClaimFixtures.participant;
import static id.rentan.claims.domain.ClaimFixtures.premium;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CL-01: covered, covered at risk, or not covered, with the reason. */
class CoverRulesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static CoverCheck check(id.rentan.participants.api.ParticipantSummary p, LocalDate event, PremiumState state,
                            LocalDate today) {
        return CoverCheck.evaluate(p, event, premium(event, state), today, 30, 3);
    }

    @Test
    @DisplayName("CL-01: death in a paid month: covered")
    void paidMonth() {
        CoverCheck c = check(active(START), LocalDate.of(2026, 9, 14), PremiumState.PAID, TODAY);
        assertEquals(CoverReason.COVERED, c.reason());
        assertTrue(c.covered());
        assertFalse(c.atRisk());
        assertEquals(99L, c.invoiceId());
    }

    @Test
    @DisplayName("CL-01: death in an invoiced, unpaid month inside the grace period: covered at risk until paid")
    void invoicedUnpaidInsideGrace() {
        LocalDate event = LocalDate.of(2026, 10, 3);
        CoverCheck c = check(participant(ParticipantStatus.GRACE, START, null), event, PremiumState.INVOICED_UNPAID,
                TODAY);
        assertEquals(CoverReason.AT_RISK_UNPAID, c.reason());
        assertTrue(c.covered());
        assertTrue(c.atRisk());
        assertEquals(99L, c.invoiceId());
        // October ends on the 31st, due 30 days later, payable 3 months after that
        assertEquals(LocalDate.of(2027, 2, 28), c.payBy());
        assertEquals(CoverCheck.payBy(YearMonth.of(2026, 10), 30, 3), c.payBy());
    }

    @Test
    @DisplayName("CL-01: the month of the event not invoiced yet (this month): covered at risk")
    void notInvoicedYet() {
        CoverCheck c = check(active(START), LocalDate.of(2026, 11, 20), PremiumState.NOT_INVOICED, TODAY);
        assertEquals(CoverReason.AT_RISK_NOT_INVOICED, c.reason());
        assertTrue(c.atRisk());
    }

    @Test
    @DisplayName("CL-01: an unpaid month past its grace period: not covered, month unpaid")
    void unpaidPastGrace() {
        LocalDate event = LocalDate.of(2026, 6, 10);
        // June's premium could be paid until 30 June + 30 days + 3 months = 30 October
        assertEquals(CoverReason.AT_RISK_UNPAID, check(participant(ParticipantStatus.GRACE, START, null), event,
                PremiumState.INVOICED_UNPAID, LocalDate.of(2026, 10, 30)).reason());
        CoverCheck late = check(participant(ParticipantStatus.GRACE, START, null), event,
                PremiumState.INVOICED_UNPAID, LocalDate.of(2026, 10, 31));
        assertEquals(CoverReason.MONTH_UNPAID, late.reason());
        assertFalse(late.covered());
    }

    @Test
    @DisplayName("CL-01: death in a lapsed month: not covered, lapsed")
    void lapsedMonth() {
        LocalDate lapsedOn = LocalDate.of(2026, 8, 31);
        CoverCheck c = check(participant(ParticipantStatus.LAPSED, START, lapsedOn), LocalDate.of(2026, 9, 5),
                PremiumState.NOT_COMMITTED, TODAY);
        assertEquals(CoverReason.LAPSED, c.reason());
        assertFalse(c.covered());
    }

    @Test
    @DisplayName("CL-01: a lapsed participant's unpaid month before the lapse is not covered either")
    void lapsedParticipantsUnpaidMonth() {
        CoverCheck c = check(participant(ParticipantStatus.LAPSED, START, LocalDate.of(2026, 11, 1)),
                LocalDate.of(2026, 10, 5), PremiumState.INVOICED_UNPAID, TODAY);
        assertEquals(CoverReason.MONTH_UNPAID, c.reason());
    }

    @Test
    @DisplayName("CL-01: an event before cover starts: not active yet")
    void beforeCover() {
        assertEquals(CoverReason.NOT_ACTIVE_YET, check(active(START), LocalDate.of(2025, 12, 31),
                PremiumState.NOT_COMMITTED, TODAY).reason());
    }

    @Test
    @DisplayName("CL-01: a participant BPJS never registered is not covered")
    void notRegistered() {
        assertEquals(CoverReason.NOT_REGISTERED, check(participant(ParticipantStatus.SUBMITTED, null, null),
                LocalDate.of(2026, 10, 1), PremiumState.NOT_COMMITTED, TODAY).reason());
    }

    @Test
    @DisplayName("CL-01: an event after termination: cover ended")
    void afterTermination() {
        assertEquals(CoverReason.ENDED, check(participant(ParticipantStatus.TERMINATED, START,
                LocalDate.of(2026, 5, 31)), LocalDate.of(2026, 6, 1), PremiumState.NOT_COMMITTED, TODAY).reason());
    }

    @Test
    @DisplayName("CL-01: a death claim checked again after the death was recorded is still covered on that day")
    void deceasedOnTheEventDate() {
        LocalDate death = LocalDate.of(2026, 9, 14);
        assertEquals(CoverReason.COVERED, check(participant(ParticipantStatus.DECEASED, START, death), death,
                PremiumState.PAID, TODAY).reason());
    }

    @Test
    @DisplayName("CL-01: a month the city never committed (no budget) is not covered")
    void notFunded() {
        assertEquals(CoverReason.MONTH_NOT_FUNDED, check(active(LocalDate.of(2024, 3, 1)), LocalDate.of(2025, 2, 1),
                PremiumState.NOT_COMMITTED, TODAY).reason());
    }
}
