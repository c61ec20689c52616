package id.rentan.platform.api.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvinceTest {

    /** 11..19, 21, 31..36, 51..53, 61..65, 71..76, 81, 82, 91..96. */
    private static final List<String> KEMENDAGRI_CODES = Stream.of(
                    IntStream.rangeClosed(11, 19), IntStream.of(21), IntStream.rangeClosed(31, 36),
                    IntStream.rangeClosed(51, 53), IntStream.rangeClosed(61, 65), IntStream.rangeClosed(71, 76),
                    IntStream.of(81, 82), IntStream.rangeClosed(91, 96))
            .flatMapToInt(s -> s)
            .mapToObj(Integer::toString)
            .collect(Collectors.toList());

    @Test
    void v02_there_are_38_provinces_in_code_order() {
        assertEquals(38, KEMENDAGRI_CODES.size());
        assertEquals(KEMENDAGRI_CODES, Province.all().stream().map(Province::code).collect(Collectors.toList()));
    }

    @Test
    void v02_every_kemendagri_code_is_known() {
        for (String code : KEMENDAGRI_CODES) {
            assertTrue(Province.isKnown(code), code);
            assertTrue(Province.byCode(code).isPresent(), code);
            assertFalse(Province.byCode(code).orElseThrow().name().isBlank(), code);
        }
    }

    @Test
    void v02_every_other_two_digit_code_is_unknown() {
        for (int i = 0; i <= 99; i++) {
            String code = String.format("%02d", i);
            assertEquals(KEMENDAGRI_CODES.contains(code), Province.isKnown(code), code);
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"20", "99", "00", "10", "37", "97", "3", "035", "351", "3574", "ab", " 35", "35 "})
    void v02_unknown_codes(String code) {
        assertFalse(Province.isKnown(code));
        assertEquals(Optional.empty(), Province.byCode(code));
    }

    @ParameterizedTest
    @CsvSource({
            "11, Aceh",
            "31, DKI Jakarta",
            "34, Daerah Istimewa Yogyakarta",
            "35, Jawa Timur",
            "65, Kalimantan Utara",
            "76, Sulawesi Barat",
            "91, Papua",
            "92, Papua Barat",
            "93, Papua Selatan",
            "94, Papua Tengah",
            "95, Papua Pegunungan",
            "96, Papua Barat Daya",
    })
    void names_are_the_official_ones(String code, String name) {
        assertEquals(new Province(code, name), Province.byCode(code).orElseThrow());
    }

    @Test
    void names_are_unique() {
        assertEquals(38, Province.all().stream().map(Province::name).distinct().count());
    }

    @Test
    void all_is_unmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> Province.all().clear());
    }

    @Test
    void a_province_code_has_two_digits() {
        assertThrows(IllegalArgumentException.class, () -> new Province("3", "Jawa Timur"));
        assertThrows(NullPointerException.class, () -> new Province(null, "Jawa Timur"));
    }
}
