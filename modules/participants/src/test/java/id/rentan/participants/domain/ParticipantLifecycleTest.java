package id.rentan.participants.domain;

import id.rentan.participants.api.ParticipantStatus;
import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 4: the participant lifecycle, each transition recording who, when and why; V-06 and V-10. */
class ParticipantLifecycleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 21, 10, 0);

    private static Participant candidate() {
        ParticipantData data = Fixtures.rules().check(Fixtures.valid(), "DKUPP", NOW.toLocalDate()).data();
        return Participant.propose(data, null, "DKUPP", "opd.dkupp", NOW, null);
    }

    private static String activeNik(Participant p) throws ReflectiveOperationException {
        Field f = Participant.class.getDeclaredField("activeNik");
        f.setAccessible(true);
        return (String) f.get(p);
    }

    @Test
    @DisplayName("section 4: CANDIDATE -> VERIFIED -> SUBMITTED -> ACTIVE, each step recorded")
    void happyPath() {
        Participant p = candidate();
        assertEquals(ParticipantStatus.CANDIDATE, p.status());
        StatusChange verified = p.verify("verifikator", NOW);
        assertEquals(ParticipantStatus.CANDIDATE, verified.fromStatus());
        assertEquals(ParticipantStatus.VERIFIED, verified.toStatus());
        assertEquals("verifikator", verified.changedBy());
        p.submit(7L, "verifikator", NOW.plusDays(1));
        assertEquals(7L, p.submissionId());
        StatusChange active = p.register("24011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW.plusDays(10));
        assertEquals(ParticipantStatus.ACTIVE, p.status());
        assertEquals(LocalDate.of(2027, 1, 1), active.effectiveDate());
        assertEquals("24011234567", p.kpj());
    }

    @Test
    @DisplayName("V-06: the NIK is held while the status holds an enrolment, released when it ends")
    void v06_activeNik() throws ReflectiveOperationException {
        Participant p = candidate();
        assertEquals(p.nik(), activeNik(p));
        p.reject("Dokumen tidak lengkap", "verifikator", NOW);
        assertNull(activeNik(p), "a rejected proposal frees the NIK for a new proposal");

        Participant q = candidate();
        q.verify("v", NOW);
        q.submit(1L, "v", NOW);
        q.register("24011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW);
        assertEquals(q.nik(), activeNik(q));
        q.terminate(TerminationReason.MOVED, null, LocalDate.of(2027, 6, 30), "admin", NOW.plusMonths(7));
        assertNull(activeNik(q));
        assertEquals(LocalDate.of(2027, 6, 30), q.endDate());
    }

    @Test
    @DisplayName("V-10: a KPJ is 10 to 15 digits")
    void v10() {
        Participant p = candidate();
        p.verify("v", NOW);
        p.submit(1L, "v", NOW);
        BusinessException e = assertThrows(BusinessException.class,
                () -> p.register("24-011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW));
        assertEquals("V-10", e.rule());
        assertThrows(BusinessException.class, () -> p.register("123456789", LocalDate.of(2027, 1, 1), "bpjs", NOW));
        assertThrows(BusinessException.class, () -> p.register("1234567890123456", LocalDate.of(2027, 1, 1), "bpjs", NOW));
        assertEquals(ParticipantStatus.SUBMITTED, p.status(), "a refused registration changes nothing");
        p.register("1234567890", LocalDate.of(2027, 1, 1), "bpjs", NOW);
        assertEquals(ParticipantStatus.ACTIVE, p.status());
    }

    @Test
    @DisplayName("section 4: transitions outside the lifecycle are refused and change nothing")
    void refusedTransitions() {
        Participant p = candidate();
        assertThrows(BusinessException.class, () -> p.submit(1L, "v", NOW), "a candidate cannot skip verification");
        assertThrows(BusinessException.class,
                () -> p.register("24011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW));
        assertThrows(BusinessException.class,
                () -> p.terminate(TerminationReason.MOVED, null, LocalDate.of(2027, 1, 1), "admin", NOW));
        assertEquals(ParticipantStatus.CANDIDATE, p.status());
        p.reject("Tidak memenuhi syarat", "v", NOW);
        assertThrows(BusinessException.class, () -> p.verify("v", NOW), "a rejection is final");
    }

    @Test
    @DisplayName("a rejection needs a reason")
    void rejectionNeedsAReason() {
        Participant p = candidate();
        assertEquals("participant.reason.required",
                assertThrows(BusinessException.class, () -> p.reject("  ", "v", NOW)).messageKey());
    }

    @Test
    @DisplayName("E-06: only an ended participant's place can be given, once")
    void e06_replacement() {
        Participant p = candidate();
        assertThrows(BusinessException.class, () -> p.replacedBy(99L, "admin", NOW));
        p.verify("v", NOW);
        p.submit(1L, "v", NOW);
        p.register("24011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW);
        p.markDeceased(LocalDate.of(2027, 3, 5), "claims", NOW.plusMonths(4));
        assertTrue(p.status().isReplaceable());
        p.replacedBy(99L, "admin", NOW.plusMonths(5));
        assertEquals(99L, p.replacedById());
        assertThrows(BusinessException.class, () -> p.replacedBy(100L, "admin", NOW.plusMonths(5)));
    }

    @Test
    @DisplayName("E-06: termination needs a date not before cover started, and a note for OTHER")
    void terminationRules() {
        Participant p = candidate();
        p.verify("v", NOW);
        p.submit(1L, "v", NOW);
        p.register("24011234567", LocalDate.of(2027, 1, 1), "bpjs", NOW);
        assertThrows(BusinessException.class,
                () -> p.terminate(TerminationReason.MOVED, null, LocalDate.of(2026, 12, 31), "admin", NOW));
        assertThrows(BusinessException.class,
                () -> p.terminate(TerminationReason.OTHER, " ", LocalDate.of(2027, 5, 1), "admin", NOW));
        StatusChange change = p.terminate(TerminationReason.OTHER, "Menjadi PNS", LocalDate.of(2027, 5, 1), "admin", NOW);
        assertEquals("OTHER: Menjadi PNS", change.reason());
    }

    @Test
    @DisplayName("only a candidate can be corrected")
    void onlyCandidatesAreCorrected() {
        Participant p = candidate();
        ParticipantData data = Fixtures.rules().check(Fixtures.valid(), "DKUPP", NOW.toLocalDate()).data();
        p.correct(data, null, "opd.dkupp", NOW);
        p.verify("v", NOW);
        assertThrows(BusinessException.class, () -> p.correct(data, null, "opd.dkupp", NOW));
    }
}
