package id.rentan.participants.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V-07: the name check runs on every row of an import as a plain loop; it must say exactly what the rule's pattern
 * {@code [\p{L} .,'\-]+} says (letters of any script, spaces, dots, commas, apostrophes, hyphens).
 */
@DisplayName("V-07: the name characters, checked without a regular expression, as the rule's pattern")
class RuleCharactersTest {

    private static final Pattern RULE = Pattern.compile("[\\p{L} .,'\\-]+");

    @ParameterizedTest
    @ValueSource(strings = {"SITI AMINAH", "MUH. RIDWAN", "O'NEIL", "ABDUL-RAHMAN", "SUPRIYADI, S.PD", "JOSÉ",
            "ÇAĞLAR", "王小明", "محمد", "𝔄𝔅", "A", " ", "", "SITI2", "SITI_AMINAH", "SITI/AMINAH", "SITI\tAMINAH",
            "SITI\u00A0AMINAH", "SITI\u2019S", "BUDI (ALM)", "SITI@", "12345", "ÅSA ÖBERG", "NUR\u0301"})
    void nameCharactersAgreeWithThePattern(String text) {
        assertEquals(RULE.matcher(text).matches(), ParticipantRules.nameCharacters(text), text);
    }
}
