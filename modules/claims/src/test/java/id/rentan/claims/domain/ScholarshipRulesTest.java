package id.rentan.claims.domain;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.param.ParameterCode;
import id.rentan.platform.api.param.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static id.rentan.claims.domain.ClaimFixtures.NOW;
import static id.rentan.claims.domain.ClaimFixtures.PARAMETERS;
import static id.rentan.claims.domain.ClaimFixtures.claim;
import static id.rentan.claims.domain.ClaimFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Scholarships: S-01 (amounts, years per level, 2 children, the Rp174,000,000 cap, age 23, marriage, work), B-03, K-05. */
class ScholarshipRulesTest {

    static final LocalDate EVENT = LocalDate.of(2026, 9, 14);

    static long heirIds = 100;

    static Heir child(Claim c, String name, LocalDate born) {
        return withId(c.addHeir(name, "35740141" + (10_000_000L + heirIds), HeirRelation.CHILD, born, false, false,
                "operator", NOW), heirIds++);
    }

    static String rule(Runnable r) {
        return assertThrows(BusinessException.class, r::run).rule();
    }

    @Test
    @DisplayName("B-03: JKM death with 35 months of membership: scholarship refused")
    void jkm35Months() {
        Claim c = claim(ClaimType.JKM_DEATH, EVENT.minusMonths(35), EVENT);
        Heir h = child(c, "Anak", LocalDate.of(2015, 1, 1));
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2026, SchoolLevel.TK_SD, PARAMETERS, "operator", NOW));
        assertEquals("B-03", e.rule());
        assertEquals("claim.scholarship.membership", e.messageKey());
    }

    @Test
    @DisplayName("B-03: JKM death with exactly 36 months of membership: scholarship granted at Rp1,500,000 (TK-SD)")
    void jkm36Months() {
        Claim c = claim(ClaimType.JKM_DEATH, EVENT.minusMonths(36), EVENT);
        Heir h = child(c, "Anak", LocalDate.of(2015, 1, 1));
        Scholarship s = c.addScholarship(h.id(), 2026, SchoolLevel.TK_SD, PARAMETERS, "operator", NOW);
        assertEquals(1_500_000, s.amount());
        assertEquals("2026/2027", s.schoolYearLabel());
    }

    @Test
    @DisplayName("K-05: JKK death after one month of membership: scholarship allowed (no minimum)")
    void jkkNoMinimum() {
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir h = child(c, "Anak", LocalDate.of(2010, 1, 1));
        assertEquals(2_000_000, c.addScholarship(h.id(), 2026, SchoolLevel.SMP, PARAMETERS, "operator", NOW)
                .amount());
    }

    @Test
    @DisplayName("K-05: total permanent disability allows scholarships; STMB and medical care do not")
    void disabilityYesStmbNo() {
        Claim d = claim(ClaimType.JKK_DISABILITY, EVENT.minusMonths(1), EVENT);
        Heir h = child(d, "Anak", LocalDate.of(2008, 1, 1));
        assertEquals(3_000_000, d.addScholarship(h.id(), 2026, SchoolLevel.SMA, PARAMETERS, "operator", NOW)
                .amount());
        Claim stmb = claim(ClaimType.JKK_STMB, EVENT.minusMonths(40), EVENT);
        assertEquals("S-01", rule(() -> stmb.addScholarship(1L, 2026, SchoolLevel.SMA, PARAMETERS, "x", NOW)));
    }

    @Test
    @DisplayName("S-01: a third child is refused")
    void thirdChild() {
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir a = child(c, "Anak Satu", LocalDate.of(2012, 1, 1));
        Heir b = child(c, "Anak Dua", LocalDate.of(2014, 1, 1));
        Heir third = child(c, "Anak Tiga", LocalDate.of(2016, 1, 1));
        c.addScholarship(a.id(), 2026, SchoolLevel.SMP, PARAMETERS, "operator", NOW);
        c.addScholarship(b.id(), 2026, SchoolLevel.TK_SD, PARAMETERS, "operator", NOW);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.addScholarship(third.id(), 2026, SchoolLevel.TK_SD, PARAMETERS, "operator", NOW));
        assertEquals("claim.scholarship.maxChildren", e.messageKey());
        assertEquals("S-01", e.rule());
        // the first two children go on
        assertDoesNotThrow(() -> c.addScholarship(a.id(), 2027, SchoolLevel.SMP, PARAMETERS, "operator", NOW));
    }

    @Test
    @DisplayName("S-01: a child aged 23 when the school year starts is refused; 22 is fine")
    void age() {
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir old = child(c, "Sulung", LocalDate.of(2003, 7, 1));
        Heir young = child(c, "Bungsu", LocalDate.of(2003, 7, 2));
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.addScholarship(old.id(), 2026, SchoolLevel.UNIVERSITY, PARAMETERS, "operator", NOW));
        assertEquals("claim.scholarship.age", e.messageKey());
        assertEquals(12_000_000, c.addScholarship(young.id(), 2026, SchoolLevel.UNIVERSITY, PARAMETERS, "operator",
                NOW).amount());
    }

    @Test
    @DisplayName("S-01: a married or working child is refused with the reason")
    void marriedOrWorking() {
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir h = child(c, "Anak", LocalDate.of(2006, 1, 1));
        c.heirSituation(h.id(), true, false, "operator", NOW);
        assertEquals("claim.scholarship.married", assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2026, SchoolLevel.SMA, PARAMETERS, "operator", NOW)).messageKey());
        c.heirSituation(h.id(), false, true, "operator", NOW);
        assertEquals("claim.scholarship.working", assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2026, SchoolLevel.SMA, PARAMETERS, "operator", NOW)).messageKey());
    }

    @Test
    @DisplayName("S-01: only children; one scholarship per child and school year; years per level limited")
    void childYearLevel() {
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir spouse = withId(c.addHeir("Istri", "3574014107900009", HeirRelation.SPOUSE, null, false, false, "o",
                NOW), 1);
        assertEquals("claim.scholarship.notChild", assertThrows(BusinessException.class,
                () -> c.addScholarship(spouse.id(), 2026, SchoolLevel.SMA, PARAMETERS, "o", NOW)).messageKey());
        Heir h = child(c, "Anak", LocalDate.of(2012, 1, 1));
        c.addScholarship(h.id(), 2025, SchoolLevel.SMP, PARAMETERS, "o", NOW);
        assertEquals("claim.scholarship.duplicate", assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2025, SchoolLevel.SMP, PARAMETERS, "o", NOW)).messageKey());
        c.addScholarship(h.id(), 2026, SchoolLevel.SMP, PARAMETERS, "o", NOW);
        c.addScholarship(h.id(), 2027, SchoolLevel.SMP, PARAMETERS, "o", NOW);
        // SMP pays 3 years at most
        assertEquals("claim.scholarship.levelYears", assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2028, SchoolLevel.SMP, PARAMETERS, "o", NOW.plusYears(1)))
                .messageKey());
        // a year long past or far ahead is a typing error
        assertEquals("claim.scholarship.year.invalid", assertThrows(BusinessException.class,
                () -> c.addScholarship(h.id(), 2020, SchoolLevel.SMA, PARAMETERS, "o", NOW)).messageKey());
    }

    @Test
    @DisplayName("S-01: scholarships never exceed Rp174,000,000 in all, even when the yearly amounts go up")
    void cap() {
        // a made-up regulation raises the university amount to Rp75,000,000 from the 2027/2028 school year
        Parameters raised = (code, date) -> code == ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARLY
                && !date.isBefore(LocalDate.of(2027, 7, 1)) ? BigDecimal.valueOf(75_000_000)
                : PARAMETERS.valueOn(code, date);
        java.time.LocalDateTime later = java.time.LocalDateTime.of(2027, 8, 1, 9, 0);
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir a = child(c, "Anak Satu", LocalDate.of(2006, 1, 1));
        Heir b = child(c, "Anak Dua", LocalDate.of(2007, 1, 1));
        c.addScholarship(a.id(), 2026, SchoolLevel.UNIVERSITY, raised, "o", later);
        c.addScholarship(b.id(), 2026, SchoolLevel.UNIVERSITY, raised, "o", later);
        c.addScholarship(a.id(), 2027, SchoolLevel.UNIVERSITY, raised, "o", later);
        assertEquals(99_000_000, c.scholarshipTotal());
        // exactly the cap: accepted
        c.addScholarship(b.id(), 2027, SchoolLevel.UNIVERSITY, raised, "o", later);
        assertEquals(174_000_000, c.scholarshipTotal());
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.addScholarship(a.id(), 2028, SchoolLevel.UNIVERSITY, raised, "o", later));
        assertEquals("claim.scholarship.cap", e.messageKey());
        assertEquals("S-01", e.rule());
        assertEquals(0L, e.args().get(1));
        assertEquals(174_000_000, c.scholarshipTotal());
    }

    @Test
    @DisplayName("S-01: the cap message says how much is left")
    void capLeft() {
        Parameters raised = (code, date) -> code == ParameterCode.SCHOLARSHIP_UNIVERSITY_YEARLY
                ? BigDecimal.valueOf(100_000_000) : PARAMETERS.valueOn(code, date);
        Claim c = claim(ClaimType.JKK_DEATH, EVENT.minusMonths(1), EVENT);
        Heir a = child(c, "Anak Satu", LocalDate.of(2006, 1, 1));
        c.addScholarship(a.id(), 2025, SchoolLevel.UNIVERSITY, raised, "o", NOW);
        BusinessException e = assertThrows(BusinessException.class,
                () -> c.addScholarship(a.id(), 2026, SchoolLevel.UNIVERSITY, raised, "o", NOW));
        assertEquals(100_000_000L, e.args().get(0));
        assertEquals(74_000_000L, e.args().get(1));
    }
}
