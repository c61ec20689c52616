package id.rentan.reporting.infrastructure;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.rentan.reporting.domain.EvidenceSummary;
import id.rentan.reporting.domain.EvidenceTally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence pack's summary.pdf: the city's header, the figures and checks, the ledger verification, headless. */
class EvidenceSummaryPdfTest {

    /** The reporting bundles as the application reads them; a missing key fails the test. */
    static final class BundleLabels implements EvidenceSummaryPdf.Labels {
        final Properties id = load("i18n/reporting_id.properties");
        final Properties en = load("i18n/reporting_en.properties");
        final Set<String> missing = new HashSet<>();

        static Properties load(String resource) {
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(EvidenceSummaryPdfTest.class.getClassLoader()
                    .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return p;
        }

        @Override
        public String text(Locale locale, String key, Object... args) {
            String pattern = ("en".equals(locale.getLanguage()) ? en : id).getProperty(key);
            if (pattern == null) {
                missing.add(key + " (" + locale + ")");
                return key;
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }
    }

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static EvidenceSummary summary(EvidenceTally tally, EvidenceSummary.Chain chain) {
        return new EvidenceSummary("Pemerintah Kota Probolinggo", "Dinas Perindustrian dan Tenaga Kerja", 2026,
                "APBD", "APBD Kota", LocalDateTime.of(2026, 11, 21, 12, 30, 5), "auditor", tally.figures(),
                tally.checks(), chain, 10, 1, 17);
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    @Test
    @DisplayName("R-07/F-06: header, year and source, figures in rupiah, every check and the intact chain, both languages")
    void aYearThatTies() throws IOException {
        BundleLabels labels = new BundleLabels();
        EvidenceTally tally = id.rentan.reporting.domain.EvidenceTallyTestData.year();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvidenceSummaryPdf(labels).write(summary(tally, new EvidenceSummary.Chain(40, true, null, null)), out);
        assertEquals(Set.of(), labels.missing, "every label has a text in both languages");
        byte[] pdf = out.toByteArray();
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        String text = text(pdf);
        for (String expected : new String[]{"Pemerintah Kota Probolinggo", "Dinas Perindustrian dan Tenaga Kerja",
                "Paket Bukti Auditor", "2026", "APBD - APBD Kota", "2026-11-21 12:30:05", "auditor",
                "Rp 907.200.000", "Rp 5.023.200", "-Rp 16.800", "COCOK", "TIES", "Rantai hash utuh: 40 entri",
                "sha256sum -c manifest-sha256.txt", "Paket ini berisi 17 berkas"}) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertFalse(text.contains("TIDAK COCOK"), text);
    }

    @Test
    @DisplayName("F-06: a broken chain and a mismatch are stated, with the first broken entry")
    void aBrokenChain() throws IOException {
        BundleLabels labels = new BundleLabels();
        EvidenceTally tally = new EvidenceTally();
        tally.ledgerEntry("PAYMENT_APPROVED", 1L, 1_681_000, false);
        tally.payment("APPROVED", 1_680_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvidenceSummaryPdf(labels).write(summary(tally, new EvidenceSummary.Chain(40, false, 17L, "content")),
                out);
        assertEquals(Set.of(), labels.missing);
        String text = text(out.toByteArray());
        assertTrue(text.contains("TIDAK COCOK") && text.contains("MISMATCH"), text);
        assertTrue(text.contains("entri pertama yang rusak nomor 17"), text);
        assertTrue(text.contains("isinya tidak sesuai dengan hash-nya"), text);
    }
}
