package id.rentan.reporting.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.reporting.domain.EvidenceManifest;
import id.rentan.reporting.domain.EvidenceSummary;
import id.rentan.reporting.domain.EvidenceTally;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The evidence pack's {@code summary.pdf}: the city's header, the title, the year and source, who built it and when,
 * the figures, the checks that tie them together, the ledger's verification and the files, every label in Bahasa
 * Indonesia with its English below. Only OpenPDF's built-in Helvetica is used (no AWT fonts, nothing drawn), so it
 * renders on a headless server; Helvetica's WinAnsi encoding covers both languages.
 */
public final class EvidenceSummaryPdf {

    /** The application's texts (the {@code evidence.*} keys of the reporting bundles). */
    @FunctionalInterface
    public interface Labels {
        String text(Locale locale, String key, Object... args);
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final Color BLUE = new Color(0x1F, 0x4E, 0x79);
    private static final Color GREY = new Color(0x5F, 0x6B, 0x76);
    private static final Color RED = new Color(0xB4, 0x23, 0x18);
    private static final Color GREEN = new Color(0x1A, 0x7F, 0x37);
    private static final Color LIGHT = new Color(0xEE, 0xF4, 0xF9);

    private static final Font CITY = new Font(Font.HELVETICA, 13, Font.BOLD, BLUE);
    private static final Font DEPARTMENT = new Font(Font.HELVETICA, 10, Font.NORMAL, BLUE);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.ITALIC, GREY);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD, BLUE);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font ENGLISH = new Font(Font.HELVETICA, 7, Font.ITALIC, GREY);
    private static final Font MONO = new Font(Font.COURIER, 8, Font.NORMAL);
    private static final Font OK = new Font(Font.HELVETICA, 9, Font.BOLD, GREEN);
    private static final Font NOT_OK = new Font(Font.HELVETICA, 9, Font.BOLD, RED);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Labels labels;

    public EvidenceSummaryPdf(Labels labels) {
        this.labels = labels;
    }

    /** Writes the PDF onto the stream (which OpenPDF closes when the document ends). */
    public void write(EvidenceSummary s, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(id("evidence.pdf.title") + " " + s.year() + " " + s.sourceCode());
            document.addAuthor(s.city());
            document.addCreator("Rentan");
            document.open();
            header(document, s);
            info(document, s);
            figures(document, s);
            checks(document, s);
            chain(document, s);
            files(document, s);
            document.close();
        } catch (DocumentException e) {
            throw new IOException("The summary PDF could not be written: " + e.getMessage(), e);
        }
    }

    private void header(Document d, EvidenceSummary s) throws DocumentException {
        d.add(new Paragraph(s.city(), CITY));
        d.add(new Paragraph(s.department(), DEPARTMENT));
        d.add(new Chunk(new LineSeparator(0.8f, 100, BLUE, Element.ALIGN_CENTER, -4)));
        Paragraph title = new Paragraph(id("evidence.pdf.title"), TITLE);
        title.setSpacingBefore(14);
        d.add(title);
        d.add(new Paragraph(en("evidence.pdf.title"), SUBTITLE));
    }

    private void info(Document d, EvidenceSummary s) throws DocumentException {
        PdfPTable t = table(new float[]{34, 66});
        t.setSpacingBefore(10);
        row(t, "evidence.pdf.year", value(String.valueOf(s.year()), BOLD));
        row(t, "evidence.pdf.source", value(s.sourceCode() + " - " + s.sourceName(), BOLD));
        row(t, "evidence.pdf.generatedAt", value(WHEN.format(s.generatedAt()), TEXT));
        row(t, "evidence.pdf.generatedBy", value(s.generatedBy(), TEXT));
        boolean ok = s.allTie();
        row(t, "evidence.pdf.conclusion", value(id(ok ? "evidence.pdf.conclusion.ok" : "evidence.pdf.conclusion.notOk")
                + "\n" + en(ok ? "evidence.pdf.conclusion.ok" : "evidence.pdf.conclusion.notOk"), ok ? OK : NOT_OK));
        d.add(t);
    }

    private void figures(Document d, EvidenceSummary s) throws DocumentException {
        heading(d, "evidence.pdf.figures");
        PdfPTable t = table(new float[]{64, 36});
        for (EvidenceTally.Figure f : s.figures()) {
            PdfPCell amount = value(format(f), TEXT);
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            row(t, "evidence.figure." + f.key(), amount);
        }
        d.add(t);
    }

    private void checks(Document d, EvidenceSummary s) throws DocumentException {
        heading(d, "evidence.pdf.checks");
        d.add(bilingual("evidence.pdf.checks.hint"));
        PdfPTable t = table(new float[]{42, 18, 5, 18, 17});
        t.setSpacingBefore(4);
        for (EvidenceTally.Check c : s.checks()) {
            t.addCell(label("evidence.check." + c.key()));
            t.addCell(right(number(c.left())));
            t.addCell(value(c.relation().symbol(), BOLD));
            t.addCell(right(number(c.right())));
            t.addCell(value(id(c.ok() ? "evidence.pdf.tie" : "evidence.pdf.mismatch") + "\n"
                    + en(c.ok() ? "evidence.pdf.tie" : "evidence.pdf.mismatch"), c.ok() ? OK : NOT_OK));
        }
        d.add(t);
    }

    private void chain(Document d, EvidenceSummary s) throws DocumentException {
        heading(d, "evidence.pdf.chain");
        EvidenceSummary.Chain c = s.chain();
        if (c.valid()) {
            d.add(new Paragraph(labels.text(INDONESIAN, "evidence.pdf.chain.valid", c.entries()), OK));
            d.add(new Paragraph(labels.text(Locale.ENGLISH, "evidence.pdf.chain.valid", c.entries()), ENGLISH));
        } else {
            String problem = c.problem() == null ? "" : c.problem();
            d.add(new Paragraph(labels.text(INDONESIAN, "evidence.pdf.chain.broken", c.entries(),
                    c.firstBrokenEntry(), labels.text(INDONESIAN, "evidence.problem." + problem)), NOT_OK));
            d.add(new Paragraph(labels.text(Locale.ENGLISH, "evidence.pdf.chain.broken", c.entries(),
                    c.firstBrokenEntry(), labels.text(Locale.ENGLISH, "evidence.problem." + problem)), ENGLISH));
        }
    }

    private void files(Document d, EvidenceSummary s) throws DocumentException {
        heading(d, "evidence.pdf.files");
        d.add(new Paragraph(labels.text(INDONESIAN, "evidence.pdf.files.text", s.files(), s.rosterFiles(),
                s.reconciliationFiles()), TEXT));
        d.add(new Paragraph(labels.text(Locale.ENGLISH, "evidence.pdf.files.text", s.files(), s.rosterFiles(),
                s.reconciliationFiles()), ENGLISH));
        Paragraph command = new Paragraph("sha256sum -c " + EvidenceManifest.FILE_NAME, MONO);
        command.setSpacingBefore(4);
        d.add(command);
        d.add(bilingual("evidence.pdf.files.verify"));
    }

    private void heading(Document d, String key) throws DocumentException {
        Paragraph p = new Paragraph();
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        p.add(new Chunk(id(key), HEADING));
        p.add(new Chunk("  /  " + en(key), ENGLISH));
        d.add(p);
    }

    private Paragraph bilingual(String key) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(id(key), TEXT));
        p.add(Chunk.NEWLINE);
        p.add(new Chunk(en(key), ENGLISH));
        return p;
    }

    private static PdfPTable table(float[] widths) throws DocumentException {
        PdfPTable t = new PdfPTable(widths.length);
        t.setWidthPercentage(100);
        t.setWidths(widths);
        return t;
    }

    private void row(PdfPTable t, String key, PdfPCell value) {
        t.addCell(label(key));
        t.addCell(value);
    }

    private PdfPCell label(String key) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(id(key), TEXT));
        phrase.add(Chunk.NEWLINE);
        phrase.add(new Chunk(en(key), ENGLISH));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBackgroundColor(LIGHT);
        style(cell);
        return cell;
    }

    private static PdfPCell value(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        style(cell);
        return cell;
    }

    private static PdfPCell right(String text) {
        PdfPCell cell = value(text, TEXT);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static void style(PdfPCell cell) {
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xDD, 0xE3, 0xEA));
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    }

    /** A figure as shown: rupiah as {@code Rp 1.234.567}, counts with grouping, a percentage with one decimal. */
    static String format(EvidenceTally.Figure f) {
        return switch (f.unit()) {
            case RUPIAH -> Rupiah.of(f.value().longValue()).format(INDONESIAN);
            case COUNT -> number(f.value().longValue());
            case PERCENT -> {
                NumberFormat percent = NumberFormat.getNumberInstance(INDONESIAN);
                percent.setMinimumFractionDigits(1);
                percent.setMaximumFractionDigits(1);
                yield percent.format(f.value().doubleValue()) + " %";
            }
        };
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    private String id(String key) {
        return labels.text(INDONESIAN, key);
    }

    private String en(String key) {
        return labels.text(Locale.ENGLISH, key);
    }
}
