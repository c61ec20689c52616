package id.rentan.platform.api.io;

import id.rentan.platform.api.money.Rupiah;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table as CSV (UTF-8 with BOM, comma-separated, for spreadsheet programs) or XLSX, row by row, straight
 * to the output stream: a download of 100,000 rows never sits in memory. Text that a spreadsheet would read as a
 * formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) is prefixed with an
 * apostrophe; numbers, amounts and dates are written as such. XLSX text is written inline (not in a shared-strings
 * table that would grow with the file), so memory stays bounded whatever the number of rows.
 */
public abstract class TableWriter implements AutoCloseable {

    /** Streams CSV. */
    public static TableWriter csv(OutputStream out) {
        return new Csv(out);
    }

    /** Streams XLSX with one sheet of the given name. */
    public static TableWriter xlsx(OutputStream out, String sheetName) {
        return new Xlsx(out, sheetName);
    }

    public static TableWriter of(TabularFormat format, OutputStream out, String sheetName) {
        return format == TabularFormat.CSV ? csv(out) : xlsx(out, sheetName);
    }

    /** Writes the header row (bold in XLSX). */
    public abstract TableWriter header(List<String> names);

    /** Writes one row: String, Number, Rupiah, LocalDate, LocalDateTime, YearMonth, Boolean or {@code null}. */
    public abstract TableWriter row(List<?> cells);

    public TableWriter row(Object... cells) {
        List<Object> list = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            list.add(cell);
        }
        return row(list);
    }

    @Override
    public abstract void close();

    /** A text cell made safe for spreadsheet programs (no formula injection). */
    public static String safeText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Rupiah r) {
            return Long.toString(r.amount());
        }
        if (cell instanceof Number || cell instanceof LocalDate || cell instanceof LocalDateTime
                || cell instanceof YearMonth || cell instanceof Boolean) {
            return cell.toString();
        }
        return safeText(cell.toString());
    }

    private static final class Csv extends TableWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\ufeff');
                printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TableWriter header(List<String> names) {
            return row(names);
        }

        @Override
        public TableWriter row(List<?> cells) {
            try {
                List<String> texts = new ArrayList<>(cells.size());
                for (Object cell : cells) {
                    texts.add(text(cell));
                }
                printer.printRecord(texts);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends TableWriter {

        private final Workbook workbook;
        private final Worksheet sheet;
        private int rowIndex;

        Xlsx(OutputStream out, String sheetName) {
            workbook = new Workbook(out, "Rentan", "1.0");
            sheet = workbook.newWorksheet(sheetName == null || sheetName.isBlank() ? "Data" : sheetName);
        }

        @Override
        public TableWriter header(List<String> names) {
            for (int c = 0; c < names.size(); c++) {
                sheet.value(rowIndex, c, names.get(c));
                sheet.style(rowIndex, c).bold().set();
            }
            rowIndex++;
            return this;
        }

        @Override
        public TableWriter row(List<?> cells) {
            for (int c = 0; c < cells.size(); c++) {
                Object cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                if (cell instanceof Rupiah r) {
                    sheet.value(rowIndex, c, r.amount());
                    sheet.style(rowIndex, c).format("#,##0").set();
                } else if (cell instanceof BigDecimal b) {
                    sheet.value(rowIndex, c, b);
                } else if (cell instanceof Number n) {
                    sheet.value(rowIndex, c, n);
                } else if (cell instanceof LocalDate d) {
                    sheet.value(rowIndex, c, d);
                    sheet.style(rowIndex, c).format("yyyy-mm-dd").set();
                } else if (cell instanceof LocalDateTime t) {
                    sheet.value(rowIndex, c, t);
                    sheet.style(rowIndex, c).format("yyyy-mm-dd hh:mm").set();
                } else if (cell instanceof Boolean b) {
                    sheet.value(rowIndex, c, b);
                } else {
                    // inline, not in the shared-strings table that FastExcel keeps in memory until the end
                    sheet.inlineString(rowIndex, c, safeText(cell.toString()));
                }
            }
            rowIndex++;
            if (rowIndex % 1000 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        @Override
        public void close() {
            try {
                sheet.finish();
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
