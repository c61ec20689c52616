package id.rentan.claims.domain;

import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static id.rentan.claims.domain.ClaimFixtures.NOW;
import static id.rentan.claims.domain.ClaimFixtures.active;
import static id.rentan.claims.domain.ClaimFixtures.claim;
import static id.rentan.claims.domain.ClaimFixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Heirs (CL-03), late reports (CL-04), decisions (CL-02), the document checklist and the claim lifecycle. */
class HeirsAndLifecycleTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate EVENT = LocalDate.of(2026, 9, 14);

    static List<String> entitled(Claim c) {
        return c.heirs().stream().filter(Heir::entitled).map(Heir::fullName).toList();
    }

    @Test
    @DisplayName("CL-03: spouse and children first; else parents, grandchildren, grandparents; else siblings")
    void heirOrder() {
        Claim c = claim(ClaimType.JKM_DEATH, START, EVENT);
        withId(c.addHeir("Kakak", "3574010101700001", HeirRelation.SIBLING, null, false, false, "o", NOW), 1);
        assertEquals(List.of("Kakak"), entitled(c));
        withId(c.addHeir("Ibu", "3574014101500001", HeirRelation.PARENT, null, false, false, "o", NOW), 2);
        assertEquals(List.of("Ibu"), entitled(c));
        withId(c.addHeir("Istri", "3574014101900001", HeirRelation.SPOUSE, null, false, false, "o", NOW), 3);
        withId(c.addHeir("Anak", "3574010101150001", HeirRelation.CHILD, LocalDate.of(2015, 1, 1), false, false, "o",
                NOW), 4);
        assertEquals(List.of("Istri", "Anak"), entitled(c));
        c.removeHeir(3, "o", NOW);
        c.removeHeir(4, "o", NOW);
        assertEquals(List.of("Ibu"), entitled(c));
    }

    @Test
    @DisplayName("CL-03: the same NIK twice, the participant as heir, a child without birth date are refused")
    void heirChecks() {
        Claim c = claim(ClaimType.JKM_DEATH, START, EVENT);
        c.addHeir("Istri", "3574014101900001", HeirRelation.SPOUSE, null, false, false, "o", NOW);
        assertEquals("claim.heir.duplicate", assertThrows(BusinessException.class, () -> c.addHeir("Lagi",
                "3574014101900001", HeirRelation.SIBLING, null, false, false, "o", NOW)).messageKey());
        assertEquals("claim.heir.isParticipant", assertThrows(BusinessException.class, () -> c.addHeir("Diri",
                c.nik(), HeirRelation.SIBLING, null, false, false, "o", NOW)).messageKey());
        assertEquals("claim.heir.birthDate.required", assertThrows(BusinessException.class, () -> c.addHeir("Anak",
                "3574010101150001", HeirRelation.CHILD, null, false, false, "o", NOW)).messageKey());
        Claim stmb = claim(ClaimType.JKK_STMB, START, EVENT);
        assertEquals("claim.heir.notForType", assertThrows(BusinessException.class, () -> stmb.addHeir("Istri",
                "3574014101900001", HeirRelation.SPOUSE, null, false, false, "o", NOW)).messageKey());
    }

    @Test
    @DisplayName("CL-04: a JKK accident reported after 2 x 24 hours is flagged; exactly 48 hours is in time")
    void lateReport() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        Claim inTime = new Claim(active(START), ClaimType.JKK_MEDICAL, day, LocalTime.of(8, 0),
                LocalDateTime.of(2026, 11, 3, 8, 0), false, null, null, 48, "o", NOW);
        assertFalse(inTime.lateReport());
        Claim late = new Claim(active(START), ClaimType.JKK_MEDICAL, day, LocalTime.of(8, 0),
                LocalDateTime.of(2026, 11, 3, 8, 1), false, null, null, 48, "o", NOW);
        assertTrue(late.lateReport());
        // no time given: the day's start counts
        assertTrue(new Claim(active(START), ClaimType.JKK_MEDICAL, day, null, LocalDateTime.of(2026, 11, 3, 0, 1),
                false, null, null, 48, "o", NOW).lateReport());
        // JKM deaths have no such deadline
        assertFalse(new Claim(active(START), ClaimType.JKM_DEATH, day, null, LocalDateTime.of(2026, 11, 20, 9, 0),
                false, null, null, 48, "o", NOW).lateReport());
    }

    @Test
    @DisplayName("CL-04: stage II reported after 2 x 24 hours of the doctor's verdict is flagged")
    void lateStageTwo() {
        Claim c = claim(ClaimType.JKK_STMB, START, LocalDate.of(2026, 10, 1));
        c.stageTwo(LocalDateTime.of(2026, 10, 20, 10, 0), LocalDateTime.of(2026, 10, 22, 10, 0), 48, "o", NOW);
        assertFalse(c.lateStageTwo());
        c.stageTwo(LocalDateTime.of(2026, 10, 20, 10, 0), LocalDateTime.of(2026, 10, 23, 10, 0), 48, "o", NOW);
        assertTrue(c.lateStageTwo());
        assertThrows(BusinessException.class, () -> c.stageTwo(LocalDateTime.of(2026, 10, 20, 10, 0),
                LocalDateTime.of(2026, 10, 19, 10, 0), 48, "o", NOW));
    }

    @Test
    @DisplayName("Dates: an event in the future or a report before the event is refused")
    void dates() {
        assertEquals("claim.eventDate.future", assertThrows(BusinessException.class, () -> new Claim(active(START),
                ClaimType.JKM_DEATH, NOW.toLocalDate().plusDays(1), null, null, false, null, null, 48, "o", NOW))
                .messageKey());
        assertEquals("claim.reportedAt.beforeEvent", assertThrows(BusinessException.class, () -> new Claim(
                active(START), ClaimType.JKM_DEATH, EVENT, null, EVENT.minusDays(1).atTime(9, 0), false, null, null,
                48, "o", NOW)).messageKey());
    }

    @Test
    @DisplayName("Section 7: JKM checklist; the marriage book is needed once a spouse claims; submit needs them all")
    void checklistAndSubmit() {
        Claim c = claim(ClaimType.JKM_DEATH, START, EVENT);
        assertEquals(ClaimType.JKM_DEATH.documents().size(), c.documents().size());
        assertFalse(c.missingDocuments().contains(DocumentType.MARRIAGE_BOOK));
        c.addHeir("Istri", "3574014101900001", HeirRelation.SPOUSE, null, false, false, "o", NOW);
        assertTrue(c.missingDocuments().contains(DocumentType.MARRIAGE_BOOK));
        for (DocumentType d : ClaimType.JKM_DEATH.documents()) {
            if (d != DocumentType.BANK_BOOK) {
                c.checkDocument(d, true, "o", NOW);
            }
        }
        BusinessException e = assertThrows(BusinessException.class, () -> c.submit("TRK-1", "o", NOW));
        assertEquals("claim.submit.missingDocuments", e.messageKey());
        assertEquals(ClaimStatus.REPORTED, c.status());
        c.markIncomplete("buku tabungan", "o", NOW);
        c.checkDocument(DocumentType.BANK_BOOK, true, "o", NOW);
        c.submit("TRK-1", "o", NOW);
        assertEquals(ClaimStatus.SUBMITTED, c.status());
        assertEquals("TRK-1", c.trackingNumber());
    }

    @Test
    @DisplayName("Section 7: the police report is required for road accidents only")
    void policeReport() {
        Claim road = new Claim(active(START), ClaimType.JKK_MEDICAL, EVENT, null, EVENT.atTime(10, 0), true, null,
                null, 48, "o", NOW);
        assertTrue(road.missingDocuments().contains(DocumentType.POLICE_REPORT));
        Claim field = claim(ClaimType.JKK_MEDICAL, START, EVENT);
        assertFalse(field.missingDocuments().contains(DocumentType.POLICE_REPORT));
    }

    @Test
    @DisplayName("CL-02: BPJS decides an amount; a difference from the expected benefit is flagged; then paid")
    void decision() {
        Claim c = submitted(ClaimType.JKM_DEATH);
        c.approve(42_000_000, "bpjs", NOW);
        assertFalse(c.amountDiffers());
        c.paid(NOW.toLocalDate(), "bpjs", NOW);
        assertEquals(ClaimStatus.PAID, c.status());
        Claim other = submitted(ClaimType.JKM_DEATH);
        other.approve(40_000_000, "bpjs", NOW);
        assertTrue(other.amountDiffers());
        Claim medical = submitted(ClaimType.JKK_MEDICAL);
        medical.approve(3_250_000, "bpjs", NOW);
        assertFalse(medical.amountDiffers());
    }

    @Test
    @DisplayName("Lifecycle: no skipping (REPORTED cannot be APPROVED), rejection needs a reason and is final")
    void lifecycle() {
        Claim c = claim(ClaimType.JKM_DEATH, START, EVENT);
        assertEquals("claim.status.transition", assertThrows(BusinessException.class,
                () -> c.approve(1, "bpjs", NOW)).messageKey());
        assertEquals("claim.reason.required", assertThrows(BusinessException.class,
                () -> c.reject(" ", "bpjs", NOW)).messageKey());
        c.reject("Bukan peserta aktif", "bpjs", NOW);
        assertEquals(ClaimStatus.REJECTED, c.status());
        assertThrows(BusinessException.class, () -> c.submit("T", "o", NOW));
        assertThrows(BusinessException.class, () -> c.checkDocument(DocumentType.KPJ_CARD, true, "o", NOW));
        assertEquals(List.of("CLAIM_REPORTED", "CLAIM_REJECTED"), c.events().stream().map(ClaimEvent::action)
                .toList());
    }

    @Test
    @DisplayName("Files: PDF, PNG and JPEG recognised by content; anything else, empty or too large refused")
    void scannedFiles() {
        assertEquals("application/pdf", ScannedFile.of("akta.pdf", "%PDF-1.7 x".getBytes(StandardCharsets.US_ASCII),
                1000).contentType());
        assertEquals("image/png", ScannedFile.of("ktp", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0},
                1000).contentType());
        ScannedFile jpeg = ScannedFile.of("../../etc/kk.jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1},
                1000);
        assertEquals("image/jpeg", jpeg.contentType());
        assertEquals("kk.jpeg", jpeg.fileName());
        assertEquals(64, jpeg.sha256().length());
        assertEquals("claim.file.type", assertThrows(BusinessException.class,
                () -> ScannedFile.of("virus.pdf", "MZ....".getBytes(StandardCharsets.US_ASCII), 1000)).messageKey());
        assertEquals("claim.file.empty", assertThrows(BusinessException.class,
                () -> ScannedFile.of("a.pdf", new byte[0], 1000)).messageKey());
        assertEquals("claim.file.tooLarge", assertThrows(BusinessException.class,
                () -> ScannedFile.of("a.pdf", new byte[1001], 1000)).messageKey());
        assertEquals("renamed.exe.pdf", ScannedFile.of("renamed.exe", "%PDF-1.4".getBytes(StandardCharsets
                .US_ASCII), 1000).fileName());
    }

    static Claim submitted(ClaimType type) {
        Claim c = claim(type, START, EVENT);
        c.missingDocuments().forEach(d -> c.checkDocument(d, true, "o", NOW));
        c.submit("TRK", "o", NOW);
        return c;
    }
}
