package id.rentan.reporting.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.money.Rupiah;
import id.rentan.platform.api.time.BusinessClock;
import id.rentan.platform.api.ui.Texts;
import id.rentan.reporting.domain.ReportDocument;
import id.rentan.reporting.domain.ReportDocument.Chart;
import id.rentan.reporting.domain.ReportDocument.ChartKind;
import id.rentan.reporting.domain.ReportDocument.Percent;
import id.rentan.reporting.domain.ReportDocument.Section;
import id.rentan.reporting.domain.ReportDocument.Series;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Renders a {@link ReportDocument} as XLSX (a cover sheet with title, period and scope, then one sheet per
 * section with typed cells: numbers, rupiah, percentages, dates) or as a printable PDF (A4: the city's header, the
 * period, each section's chart and table, page numbers). Charts are drawn with the PDF's own vector operations and
 * its built-in Helvetica, so nothing depends on the server's fonts or a graphics system. Both write straight to the
 * stream.
 */
@ApplicationScoped
public class ReportRenderer {

    static final Color[] PALETTE = {new Color(0x1F, 0x6F, 0xB2), new Color(0xF2, 0x8E, 0x2B),
            new Color(0x3C, 0xA5, 0x5C), new Color(0xD6, 0x45, 0x45), new Color(0x8E, 0x6C, 0xC4),
            new Color(0x6B, 0x6B, 0x6B)};

    @Inject
    Texts texts;

    @Inject
    BusinessClock clock;

    // ---- XLSX ------------------------------------------------------------------------------------------------

    public void xlsx(ReportDocument doc, Locale locale, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Rentan", "1.0");
            Set<String> names = new HashSet<>();
            Worksheet cover = wb.newWorksheet(sheetName(text(locale, "report.cover"), names));
            cover.value(0, 0, texts.text(locale, "report.city"));
            cover.style(0, 0).bold().set();
            cover.value(1, 0, texts.text(locale, "report.department"));
            cover.value(3, 0, text(locale, doc.title()));
            cover.style(3, 0).bold().fontSize(14).set();
            cover.value(4, 0, text(locale, "report.period"));
            cover.value(4, 1, doc.period());
            cover.value(5, 0, text(locale, "report.scope"));
            cover.value(5, 1, doc.scope());
            cover.value(6, 0, text(locale, "report.generated"));
            cover.value(6, 1, clock.now());
            cover.style(6, 1).format("yyyy-mm-dd hh:mm").set();
            cover.width(0, 28);
            cover.width(1, 30);
            cover.finish();
            for (Section section : doc.sections()) {
                Worksheet sheet = wb.newWorksheet(sheetName(text(locale, section.title()), names));
                for (int c = 0; c < section.columns().size(); c++) {
                    sheet.value(0, c, text(locale, section.columns().get(c)));
                    sheet.style(0, c).bold().fillColor("DDE7F0").set();
                    sheet.width(c, c == 0 ? 34 : 18);
                }
                int r = 1;
                for (List<Object> row : section.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        cell(sheet, r, c, row.get(c));
                    }
                    r++;
                }
                sheet.freezePane(0, 1);
                sheet.finish();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Rupiah rp) {
            sheet.value(r, c, rp.amount());
            sheet.style(r, c).format("#,##0").set();
        } else if (v instanceof Percent p) {
            sheet.value(r, c, p.value() / 100.0);
            sheet.style(r, c).format("0.0%").set();
        } else if (v instanceof BigDecimal b) {
            sheet.value(r, c, b);
        } else if (v instanceof Number n) {
            sheet.value(r, c, n);
            if (n instanceof Long || n instanceof Integer) {
                sheet.style(r, c).format("#,##0").set();
            }
        } else if (v instanceof LocalDate d) {
            sheet.value(r, c, d);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof LocalDateTime t) {
            sheet.value(r, c, t);
            sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (v instanceof YearMonth m) {
            sheet.value(r, c, m.toString());
        } else {
            sheet.value(r, c, TableWriter.safeText(v.toString()));
        }
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}, unique. */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Data";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()).strip() : base)
                    + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    // ---- PDF -------------------------------------------------------------------------------------------------

    public void pdf(ReportDocument doc, Locale locale, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            BaseFont base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            String footer = text(locale, doc.title()) + " \u2014 " + doc.period();
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    PdfContentByte cb = w.getDirectContent();
                    cb.beginText();
                    cb.setFontAndSize(base, 8);
                    cb.setColorFill(Color.GRAY);
                    cb.showTextAligned(Element.ALIGN_LEFT, footer, d.left(), d.bottom() - 20, 0);
                    cb.showTextAligned(Element.ALIGN_RIGHT, texts.text(locale, "report.page", w.getPageNumber()),
                            d.right(), d.bottom() - 20, 0);
                    cb.endText();
                }
            });
            pdf.addTitle(text(locale, doc.title()));
            pdf.addCreator("Rentan");
            pdf.open();
            Font city = new Font(bold, 13);
            Font small = new Font(base, 9);
            Font title = new Font(bold, 15, Font.NORMAL, PALETTE[0]);
            Font h2 = new Font(bold, 11);
            Font cellFont = new Font(base, 8);
            Font headFont = new Font(bold, 8);
            Paragraph head = new Paragraph(texts.text(locale, "report.city").toUpperCase(locale), city);
            head.setAlignment(Element.ALIGN_CENTER);
            pdf.add(head);
            Paragraph dept = new Paragraph(texts.text(locale, "report.department"), small);
            dept.setAlignment(Element.ALIGN_CENTER);
            pdf.add(dept);
            PdfContentByte line = writer.getDirectContent();
            line.setLineWidth(1.2f);
            line.moveTo(pdf.left(), pdf.top() - 34);
            line.lineTo(pdf.right(), pdf.top() - 34);
            line.stroke();
            Paragraph t = new Paragraph(text(locale, doc.title()), title);
            t.setSpacingBefore(16);
            pdf.add(t);
            pdf.add(new Paragraph(text(locale, "report.period") + ": " + doc.period() + "    "
                    + text(locale, "report.scope") + ": " + doc.scope() + "    " + text(locale, "report.generated")
                    + ": " + clock.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), small));
            for (Section section : doc.sections()) {
                Paragraph st = new Paragraph(text(locale, section.title()), h2);
                st.setSpacingBefore(12);
                st.setSpacingAfter(4);
                pdf.add(st);
                if (section.chart() != null && !section.chart().labels().isEmpty()) {
                    pdf.add(chart(writer, section.chart(), locale, base, pdf.right() - pdf.left()));
                }
                PdfPTable table = new PdfPTable(section.columns().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String column : section.columns()) {
                    PdfPCell c = new PdfPCell(new Phrase(text(locale, column), headFont));
                    c.setBackgroundColor(new Color(0xDD, 0xE7, 0xF0));
                    table.addCell(c);
                }
                for (List<Object> row : section.rows()) {
                    for (Object v : row) {
                        PdfPCell c = new PdfPCell(new Phrase(format(v, locale), cellFont));
                        if (v instanceof Number || v instanceof Rupiah || v instanceof Percent) {
                            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(c);
                    }
                }
                if (section.rows().isEmpty()) {
                    PdfPCell c = new PdfPCell(new Phrase(text(locale, "report.noData"), cellFont));
                    c.setColspan(section.columns().size());
                    table.addCell(c);
                }
                pdf.add(table);
            }
            pdf.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the PDF report", e);
        }
    }

    /** A chart drawn in vector form: bars (grouped per label when there are several series) or lines. */
    private Image chart(PdfWriter writer, Chart chart, Locale locale, BaseFont font, float width)
            throws DocumentException {
        float height = 170;
        PdfTemplate tpl = writer.getDirectContent().createTemplate(width, height);
        float left = 48;
        float bottom = 34;
        float top = height - 18;
        float right = width - 8;
        double max = 0;
        for (Series s : chart.series()) {
            for (Number n : s.values()) {
                max = Math.max(max, n == null ? 0 : n.doubleValue());
            }
        }
        double axis = niceCeiling(max);
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        // grid and axis labels
        tpl.setLineWidth(0.3f);
        tpl.setColorStroke(Color.LIGHT_GRAY);
        for (int i = 0; i <= 4; i++) {
            float y = bottom + (top - bottom) * i / 4f;
            tpl.moveTo(left, y);
            tpl.lineTo(right, y);
            tpl.stroke();
            tpl.beginText();
            tpl.setFontAndSize(font, 6.5f);
            tpl.setColorFill(Color.DARK_GRAY);
            tpl.showTextAligned(Element.ALIGN_RIGHT, nf.format(Math.round(axis * i / 4)), left - 3, y - 2, 0);
            tpl.endText();
        }
        int n = chart.labels().size();
        float slot = (right - left) / n;
        int k = chart.series().size();
        int every = Math.max(1, (int) Math.ceil(n / ((right - left) / 34f)));
        for (int i = 0; i < n; i++) {
            if (i % every == 0) {
                String label = chart.labels().get(i);
                label = label.length() > 14 ? label.substring(0, 13) + "\u2026" : label;
                tpl.beginText();
                tpl.setFontAndSize(font, 6.5f);
                tpl.setColorFill(Color.DARK_GRAY);
                tpl.showTextAligned(Element.ALIGN_CENTER, label, left + slot * (i + 0.5f), bottom - 10, 0);
                tpl.endText();
            }
        }
        for (int s = 0; s < k; s++) {
            Series series = chart.series().get(s);
            Color color = PALETTE[s % PALETTE.length];
            if (chart.kind() == ChartKind.BAR) {
                float group = slot * 0.75f;
                float bar = group / k;
                tpl.setColorFill(color);
                for (int i = 0; i < n && i < series.values().size(); i++) {
                    double v = value(series.values().get(i));
                    float h = (float) (axis == 0 ? 0 : (top - bottom) * v / axis);
                    tpl.rectangle(left + slot * i + (slot - group) / 2 + bar * s, bottom, Math.max(bar - 1, 1), h);
                    tpl.fill();
                }
            } else {
                tpl.setColorStroke(color);
                tpl.setLineWidth(1.4f);
                for (int i = 0; i < n && i < series.values().size(); i++) {
                    double v = value(series.values().get(i));
                    float x = left + slot * (i + 0.5f);
                    float y = (float) (bottom + (axis == 0 ? 0 : (top - bottom) * v / axis));
                    if (i == 0) {
                        tpl.moveTo(x, y);
                    } else {
                        tpl.lineTo(x, y);
                    }
                }
                tpl.stroke();
            }
            // legend
            float lx = left + 4 + s * 130;
            tpl.setColorFill(color);
            tpl.rectangle(lx, height - 10, 8, 6);
            tpl.fill();
            tpl.beginText();
            tpl.setFontAndSize(font, 7);
            tpl.setColorFill(Color.BLACK);
            tpl.showTextAligned(Element.ALIGN_LEFT, text(locale, series.name()), lx + 11, height - 10, 0);
            tpl.endText();
        }
        tpl.setColorStroke(Color.GRAY);
        tpl.setLineWidth(0.6f);
        tpl.moveTo(left, bottom);
        tpl.lineTo(right, bottom);
        tpl.stroke();
        Image image = Image.getInstance(tpl);
        image.setSpacingAfter(6);
        return image;
    }

    private static double value(Number n) {
        return n == null ? 0 : Math.max(0, n.doubleValue());
    }

    /** The smallest round step (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) at or above the value. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A cell as text in the reader's language: "11.023", "Rp 16.800", "40,1%", "2026-11". */
    static String format(Object v, Locale locale) {
        if (v == null) {
            return "";
        }
        if (v instanceof Rupiah r) {
            return r.format(locale);
        }
        if (v instanceof Percent p) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(1);
            f.setMaximumFractionDigits(1);
            return f.format(p.value()) + "%";
        }
        if (v instanceof BigDecimal || v instanceof Double || v instanceof Float) {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMaximumFractionDigits(2);
            return f.format(v);
        }
        if (v instanceof Number n) {
            return NumberFormat.getIntegerInstance(locale).format(n.longValue());
        }
        return v.toString();
    }

    private String text(Locale locale, String key) {
        return texts.text(locale, key);
    }
}
