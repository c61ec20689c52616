package id.rentan.platform.api.identity;

import id.rentan.platform.api.error.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key the NIK rules produce has a text in Indonesian and English that cites the rule. */
class RuleMessagesTest {

    private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 1);

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("i18n.rules", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** One example of every violation V-01..V-03 can produce. */
    private static List<RuleViolation> everyKindOfViolation() {
        List<RuleViolation> all = new ArrayList<>();
        all.addAll(Nik.check("357401150885", REFERENCE));          // V-01
        all.addAll(Nik.check("2074013213850000", REFERENCE));      // V-02, V-03 day, month, serial
        all.addAll(Nik.check("3574013104850001", REFERENCE));      // V-03 date
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void v01_v03_every_key_has_a_text_citing_its_rule(String language) {
        ResourceBundle bundle = bundle(language);
        List<RuleViolation> violations = everyKindOfViolation();
        assertEquals(Set.of(Nik.KEY_LENGTH, Nik.KEY_PROVINCE, Nik.KEY_DAY, Nik.KEY_MONTH, Nik.KEY_DATE,
                Nik.KEY_SERIAL), Set.copyOf(violations.stream().map(RuleViolation::messageKey).toList()));
        for (RuleViolation v : violations) {
            assertTrue(bundle.containsKey(v.messageKey()), language + " lacks " + v.messageKey());
            String text = new MessageFormat(bundle.getString(v.messageKey()), Locale.forLanguageTag(language))
                    .format(v.args().toArray());
            assertTrue(text.startsWith(v.rule() + ":"), text);
            assertFalse(text.contains("{"), "unfilled placeholder: " + text);
            for (Object arg : v.args()) {
                assertTrue(text.contains(String.valueOf(arg)), text + " should show " + arg);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void v01_example_text(String language) {
        RuleViolation v = Nik.check("357401150885", REFERENCE).get(0);
        String text = MessageFormat.format(bundle(language).getString(v.messageKey()), v.args().toArray());
        assertTrue(text.contains("16") && text.contains("12"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void both_languages_have_the_same_keys(String language) {
        assertEquals(bundle("id").keySet(), bundle(language).keySet());
        assertEquals("V-03: Tanggal lahir 31-04-85 pada NIK tidak ada di kalender.",
                MessageFormat.format(bundle("id").getString("rule.V-03.date"), "31", "04", "85"));
    }
}
