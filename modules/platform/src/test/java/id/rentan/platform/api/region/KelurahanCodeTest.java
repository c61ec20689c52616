package id.rentan.platform.api.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kelurahan codes of Kota Probolinggo (rule V-09 relies on them; the membership check itself lives elsewhere). */
class KelurahanCodeTest {

    @Test
    void v09_parts_of_ketapang_kademangan() {
        KelurahanCode code = KelurahanCode.parse("35.74.01.1001");
        assertEquals("35.74.01.1001", code.value());
        assertEquals("3574011001", code.compact());
        assertEquals("35.74.01", code.kecamatanCode());
        assertEquals("35.74", code.regencyCode());
        assertEquals("35", code.provinceCode());
        assertEquals("35.74.01.1001", code.toString());
    }

    @ParameterizedTest
    @CsvSource({
            "35.74.01.1001, 3574011001",
            "35.74.02.1005, 3574021005",
            "35.74.03.1010, 3574031010",
            "35.74.04.1005, 3574041005",
            "35.74.05.1006, 3574051006",
    })
    void v09_dotted_and_compact_forms_are_the_same_code(String dotted, String compact) {
        KelurahanCode fromDotted = KelurahanCode.parse(dotted);
        KelurahanCode fromCompact = KelurahanCode.parse(compact);
        assertEquals(fromDotted, fromCompact);
        assertEquals(fromDotted.hashCode(), fromCompact.hashCode());
        assertEquals(dotted, fromCompact.value());
        assertEquals(compact, fromDotted.compact());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 35.74.02.1006 ", "\t3574021006\n", "3574.02.1006", "35.7402.1006", "35.74.021006"})
    void v09_surrounding_whitespace_and_dots_in_the_grouping_positions_are_accepted(String text) {
        assertEquals("35.74.02.1006", KelurahanCode.parse(text).value());
        assertTrue(KelurahanCode.looksLikeCode(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Ketapang", "35.74.1.1001", "357.401.1001", "35.74.01.100", "35.74.01.10011",
            "357401100", "35740110011", "35-74-01-1001", "35 74 01 1001", "35.74.01.1001.", ".35.74.01.1001",
            "35..74.01.1001", "3574011OO1", "35.74.01", "35.74", "35/74/01/1001", "3574 011001", "35.74.01-1001",
            "35.74.01 1001", "35,74,01,1001"})
    void v09_refuses_anything_else(String text) {
        assertThrows(IllegalArgumentException.class, () -> KelurahanCode.parse(text));
        assertFalse(KelurahanCode.looksLikeCode(text));
    }

    @Test
    void refusal_message_quotes_the_input() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KelurahanCode.parse("35.74.1.1001"));
        assertTrue(e.getMessage().contains("35.74.1.1001"), e.getMessage());
    }

    @Test
    void looks_like_code_tells_codes_from_names() {
        assertTrue(KelurahanCode.looksLikeCode("35.74.04.1005"));
        assertFalse(KelurahanCode.looksLikeCode("Curahgrinting"));
    }

    @Test
    void equality_and_order() {
        assertNotEquals(KelurahanCode.parse("35.74.01.1001"), KelurahanCode.parse("35.74.01.1002"));
        assertNotEquals(KelurahanCode.parse("35.74.01.1001"), "35.74.01.1001");
        List<KelurahanCode> codes = new ArrayList<>(List.of(
                KelurahanCode.parse("35.74.05.1001"), KelurahanCode.parse("35.74.01.1009"),
                KelurahanCode.parse("35.74.01.1001")));
        Collections.sort(codes);
        assertEquals(List.of(KelurahanCode.parse("35.74.01.1001"), KelurahanCode.parse("35.74.01.1009"),
                KelurahanCode.parse("35.74.05.1001")), codes);
    }

    @Test
    void survives_serialization() throws Exception {
        KelurahanCode code = KelurahanCode.parse("35.74.02.1005");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(code);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(code, in.readObject());
        }
    }
}
