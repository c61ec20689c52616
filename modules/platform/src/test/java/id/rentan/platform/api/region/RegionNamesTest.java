package id.rentan.platform.api.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Spelling variants of Kota Probolinggo's kelurahan names resolve to one key (reference data, section 10). */
class RegionNamesTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Kedung Asem|kedungasem",
            "Kedungasem|kedungasem",
            "KEDUNG-ASEM|kedungasem",
            "kedung asem|kedungasem",
            "'  Kedung   Asem  '|kedungasem",
            "Kedung_Asem|kedungasem",
            "Kedung.Asem|kedungasem",
            "Kédung Asem|kedungasem",
            "Sumber Taman|sumbertaman",
            "Sumbertaman|sumbertaman",
            "SUMBER TAMAN|sumbertaman",
            "Curah Grinting|curahgrinting",
            "Curahgrinting|curahgrinting",
            "Curah-Grinting|curahgrinting",
            "Triwung Lor|triwunglor",
            "Kel. Jrebeng Kidul|keljrebengkidul",
            "RT 01/RW 02|rt01rw02",
            "''|''",
            "' - '|''",
    })
    void normalizes(String name, String expected) {
        assertEquals(expected, RegionNames.normalize(name));
    }

    @Test
    void variants_match_each_other() {
        assertEquals(RegionNames.normalize("Kedung Asem"), RegionNames.normalize("Kedungasem"));
        assertEquals(RegionNames.normalize("Sumber Taman"), RegionNames.normalize("Sumbertaman"));
        assertEquals(RegionNames.normalize("Curah Grinting"), RegionNames.normalize("Curahgrinting"));
    }

    @Test
    void different_kelurahan_stay_different() {
        assertNotEquals(RegionNames.normalize("Jrebeng Kidul"), RegionNames.normalize("Jrebeng Kulon"));
        assertNotEquals(RegionNames.normalize("Kebonsari Wetan"), RegionNames.normalize("Kebonsari Kulon"));
        assertNotEquals(RegionNames.normalize("Triwung Lor"), RegionNames.normalize("Triwung Kidul"));
    }

    @Test
    void null_is_refused() {
        assertThrows(NullPointerException.class, () -> RegionNames.normalize(null));
    }
}
