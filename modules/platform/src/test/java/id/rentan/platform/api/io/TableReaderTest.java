package id.rentan.platform.api.io;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.io.TableReader.Table;
import id.rentan.platform.api.io.TableReader.TableRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reading uploaded tables: formats, delimiters, line numbers as an editor shows them, and bad files. */
class TableReaderTest {

    private static Table csv(String text) {
        return TableReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> lines(Table table) {
        return table.rows().stream().map(TableRow::line).toList();
    }

    @Test
    void commaSeparatedWithHeader() {
        Table t = csv("nik,nama\n3574011203850001,Siti\n3574011203850002,Budi\n");
        assertEquals(TabularFormat.CSV, t.format());
        assertEquals(List.of("nik", "nama"), t.header());
        assertEquals(List.of("3574011203850001", "Siti"), t.rows().get(0).cells());
        assertEquals(List.of(2, 3), lines(t));
    }

    @Test
    void semicolonsAreDetectedFromTheHeaderLine() {
        Table t = csv("nik;nama;alamat\n3574011203850001;Siti;\"Jl. Mawar, No. 1\"\n");
        assertEquals(List.of("nik", "nama", "alamat"), t.header());
        assertEquals("Jl. Mawar, No. 1", t.rows().get(0).cell(2));
    }

    @Test
    void aByteOrderMarkIsIgnored() {
        Table t = csv("\ufeffnik,nama\r\n3574011203850001,Siti\r\n");
        assertEquals("nik", t.header().get(0));
        assertEquals(List.of(2), lines(t));
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        Table t = csv("nik,nama\n3574011203850001,Siti\n\n\n3574011203850002,Budi\n,\n3574011203850003,Ani\n");
        assertEquals(List.of(2, 5, 7), lines(t), "the line numbers an editor shows");
    }

    @Test
    void aQuotedLineBreakKeepsTheFollowingLineNumbersRight() {
        Table t = csv("nik,alamat\n3574011203850001,\"Jl. Mawar\nRT 1\"\n3574011203850002,Jl. Anggrek\n");
        assertEquals("Jl. Mawar\nRT 1", t.rows().get(0).cell(1));
        assertEquals(List.of(2, 4), lines(t));
    }

    @Test
    void missingCellsReadAsEmpty() {
        Table t = csv("nik,nama,no_hp\n3574011203850001,Siti\n");
        assertEquals("", t.rows().get(0).cell(2));
        assertEquals("", t.rows().get(0).cell(99));
    }

    @Test
    void anUnbalancedQuoteNamesItsLine() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> csv("nik,nama\n3574011203850001,Siti\n3574011203850002,\"Budi\n3574011203850003,Ani\n"));
        assertEquals("import.file.unbalancedQuote", e.messageKey());
        assertEquals(List.of("3"), e.args().stream().map(String::valueOf).toList());
    }

    @Test
    void emptyAndNonTabularFilesAreRefusedWithOneMessage() {
        assertEquals("import.file.empty",
                assertThrows(BusinessException.class, () -> TableReader.read(new byte[0])).messageKey());
        assertEquals("import.file.empty", assertThrows(BusinessException.class, () -> csv("  \n\n")).messageKey());
        assertEquals("import.file.notTabular", assertThrows(BusinessException.class,
                () -> TableReader.read(new byte[] {0x25, 0x50, 0x44, 0x46, 0, 1, 2})).messageKey());
        assertEquals("import.file.notUtf8", assertThrows(BusinessException.class,
                () -> TableReader.read(new byte[] {'n', 'i', 'k', '\n', (byte) 0xC3, (byte) 0x28})).messageKey());
        assertEquals("import.file.notTabular", assertThrows(BusinessException.class,
                () -> TableReader.read(new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9})).messageKey(), "a ZIP that is no XLSX");
    }

    @Test
    void xlsxWrittenByTableWriterReadsBackWithRowNumbers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.xlsx(out, "Peserta")) {
            w.header(List.of("nik", "penghasilan"));
            w.row("3574011203850001", 1_000_000L);
            w.row("3574011203850002", 1_250_000L);
        }
        Table t = TableReader.read(out.toByteArray());
        assertEquals(TabularFormat.XLSX, t.format());
        assertEquals(List.of("nik", "penghasilan"), t.header());
        assertEquals(List.of("3574011203850002", "1250000"), t.rows().get(1).cells());
        assertEquals(List.of(2, 3), lines(t));
    }

    @Test
    void csvWrittenByTableWriterReadsBackAndFormulasAreDefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.csv(out)) {
            w.header(List.of("nama", "alamat"));
            w.row("=HYPERLINK(\"http://x\")", "Jl. Mawar, \"Gang\" 2");
        }
        Table t = TableReader.read(out.toByteArray());
        assertEquals("'=HYPERLINK(\"http://x\")", t.rows().get(0).cell(0));
        assertEquals("Jl. Mawar, \"Gang\" 2", t.rows().get(0).cell(1));
    }
}
