package id.rentan.reporting.application;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence pack's texts built at run time from the figures', checks' and files' names (which the texts test of the
 * application cannot see in the code) exist in Bahasa Indonesia and English.
 */
class EvidenceTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(EvidenceTextsTest.class.getClassLoader()
                .getResourceAsStream("i18n/reporting_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    @DisplayName("R-07: every figure, check and file of the pack has its label in both languages")
    void everyBuiltKeyExists() throws IOException {
        List<String> keys = EvidencePackService.textKeys();
        assertTrue(keys.size() > 30, "keys: " + keys.size());
        for (String language : List.of("id", "en")) {
            Properties p = bundle(language);
            TreeSet<String> missing = new TreeSet<>(keys);
            missing.removeAll(p.stringPropertyNames());
            assertEquals(new TreeSet<>(), missing, "missing in reporting_" + language);
        }
    }
}
