package id.rentan.platform.api.io;

import id.rentan.platform.api.error.BusinessException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads an uploaded table: CSV (comma or semicolon, detected from the header line; UTF-8 with or without BOM;
 * quoted fields) or XLSX (the first sheet). Every problem with the file as a whole is one clear
 * {@link BusinessException}: empty, not CSV or XLSX, unbalanced quotes (with the line).
 */
public final class TableReader {

    /**
     * One data row with its line number in the file (the header is line 1).
     *
     * @param line  line number as the user sees it in a spreadsheet program
     * @param cells cell texts, trimmed, never {@code null} (missing cells are empty)
     */
    public record TableRow(int line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isEmpty);
        }
    }

    /**
     * A read table.
     *
     * @param format the format found
     * @param header the header cells, trimmed
     * @param rows   the data rows, blank rows left out
     */
    public record Table(TabularFormat format, List<String> header, List<TableRow> rows) {
    }

    private TableReader() {
    }

    /** Reads a table from the uploaded bytes, recognising the format from the content (not the file name). */
    public static Table read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("import.file.empty");
        }
        if (isZip(content)) {
            return readXlsx(content);
        }
        return readCsv(decode(content));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static String decode(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                throw new BusinessException("import.file.notTabular");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BusinessException("import.file.notUtf8");
        }
    }

    static Table readCsv(String text) {
        if (text.isBlank()) {
            throw new BusinessException("import.file.empty");
        }
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<String> header = null;
        List<TableRow> rows = new ArrayList<>();
        int[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(value == null ? "" : value.trim());
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                TableRow row = new TableRow(lineAt(lineStarts, firstVisible(text, record.getCharacterPosition())), cells);
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new BusinessException("import.file.unbalancedQuote", lineOf(e));
        } catch (IOException e) {
            throw new BusinessException("import.file.unreadable", e.getMessage());
        }
        if (header == null || header.stream().allMatch(String::isEmpty)) {
            throw new BusinessException("import.file.empty");
        }
        return new Table(TabularFormat.CSV, header, rows);
    }

    /** Where each physical line starts (character offsets); blank lines and quoted line breaks count as lines. */
    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    /** A record's position can be the start of the empty lines before it: its first visible character. */
    private static long firstVisible(String text, long from) {
        int i = (int) from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The 1-based line holding the character at the offset: the line a record starts on, as an editor shows it. */
    private static int lineAt(int[] lineStarts, long offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, (int) offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** Commons CSV says "(line n)" in its message when a quote is not closed. */
    private static String lineOf(Exception e) {
        String message = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        return m.find() ? m.group(1) : "?";
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes, else comma. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Table readXlsx(byte[] content) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getFirstSheet() == null ? Optional.empty()
                    : Optional.of(workbook.getFirstSheet());
            if (first.isEmpty()) {
                throw new BusinessException("import.file.empty");
            }
            List<String> header = null;
            List<TableRow> rows = new ArrayList<>();
            try (Stream<Row> stream = first.get().openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    if (header == null) {
                        if (cells.stream().allMatch(String::isEmpty)) {
                            continue;
                        }
                        header = cells;
                        continue;
                    }
                    TableRow tableRow = new TableRow(row.getRowNum(), cells);
                    if (!tableRow.isBlank()) {
                        rows.add(tableRow);
                    }
                }
            }
            if (header == null) {
                throw new BusinessException("import.file.empty");
            }
            return new Table(TabularFormat.XLSX, header, rows);
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("import.file.notTabular");
        }
    }

    /** A cell as the text a user typed: numbers without a trailing ".0", dates as yyyy-MM-dd. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            if (isDateFormatted(cell)) {
                LocalDateTime dt = cell.asDate();
                return dt.toLocalDate().toString();
            }
            BigDecimal number = cell.asNumber();
            BigDecimal stripped = number.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        String raw = cell.getText();
        return raw == null ? "" : raw.trim();
    }

    private static boolean isDateFormatted(Cell cell) {
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String f = format.toLowerCase(java.util.Locale.ROOT).replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return (f.contains("d") && f.contains("m")) || (f.contains("y") && f.contains("m"));
    }
}
