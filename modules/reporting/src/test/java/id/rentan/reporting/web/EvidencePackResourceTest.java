package id.rentan.reporting.web;

import id.rentan.platform.api.error.BusinessException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The evidence pack's year as given in the address: blank is "none", anything else must be digits (422). */
class EvidencePackResourceTest {

    @Test
    @DisplayName("year=2026 is read, year= is missing, year=dua-ribu is refused with a clear message")
    void year() {
        assertEquals(2026, EvidencePackResource.year(" 2026 "));
        assertNull(EvidencePackResource.year(null));
        assertNull(EvidencePackResource.year(" "));
        BusinessException e = assertThrows(BusinessException.class, () -> EvidencePackResource.year("dua-ribu"));
        assertEquals("evidence.year.invalid", e.messageKey());
        assertEquals(BusinessException.Kind.INVALID, e.kind());
        assertThrows(BusinessException.class, () -> EvidencePackResource.year("99999999999"));
    }
}
