package id.rentan.platform.api.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"L", "l", " L ", "Laki-laki", "LAKI-LAKI", "laki-laki", "Laki laki", "Lakilaki",
            "Laki - Laki", "Lk", "Lk.", "Pria", "PRIA", "M", "m", "Male", "MALE"})
    void reads_male_spellings(String text) {
        assertEquals(Gender.L, Gender.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "p", "\tP\n", "Perempuan", "PEREMPUAN", "perempuan", "Pr", "Wanita", "WANITA",
            "W", "w", "F", "f", "Female", "FEMALE"})
    void reads_female_spellings(String text) {
        assertEquals(Gender.P, Gender.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "X", "Laki", "LP", "L/P", "Man", "Woman", "1", "2", "Lelaki perempuan", "Perempuan2"})
    void refuses_anything_else(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gender.parse(text));
        assertTrue(e.getMessage().contains("gender"), e.getMessage());
    }

    @Test
    void labels_as_on_the_ktp() {
        assertEquals("Laki-laki", Gender.L.label());
        assertEquals("Perempuan", Gender.P.label());
    }

    @Test
    void parses_its_own_label_and_name() {
        for (Gender g : Gender.values()) {
            assertEquals(g, Gender.parse(g.label()));
            assertEquals(g, Gender.parse(g.name()));
        }
    }
}
