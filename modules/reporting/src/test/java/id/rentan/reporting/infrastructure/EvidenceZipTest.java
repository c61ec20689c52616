package id.rentan.reporting.infrastructure;

import id.rentan.platform.api.io.TableWriter;
import id.rentan.reporting.domain.EvidenceManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The evidence pack's ZIP: checksums computed while writing, the manifest last, the response never closed. */
class EvidenceZipTest {

    /** A response stream that remembers being closed. */
    static final class Response extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    @DisplayName("every file is listed with the SHA-256 of its bytes, even when its writer closes its stream")
    void manifestCoversEveryFile() throws IOException {
        Response response = new Response();
        EvidenceZip zip = new EvidenceZip(response, LocalDateTime.of(2026, 11, 21, 12, 0));
        zip.file("README.txt", o -> o.write("isi paket\n".getBytes(StandardCharsets.UTF_8)));
        zip.file("ledger.csv", o -> {
            TableWriter w = TableWriter.csv(o);
            w.header(List.of("no", "jumlah"));
            for (int i = 1; i <= 5000; i++) {
                w.row(i, 16_800L * i);
            }
            w.close();
            o.close(); // as a writer that owns its stream would
        });
        zip.file("invoices/2026-01-APBD-50.csv", o -> {
            TableWriter w = TableWriter.xlsx(o, "x"); // fastexcel closes the stream it finishes
            w.header(List.of("a"));
            w.close();
        });
        assertEquals(3, zip.files());
        EvidenceManifest written = zip.finish();
        assertFalse(response.closed, "the response belongs to the container");

        Map<String, byte[]> files = unzip(response.toByteArray());
        assertEquals(List.of("README.txt", "ledger.csv", "invoices/2026-01-APBD-50.csv", EvidenceManifest.FILE_NAME),
                new ArrayList<>(files.keySet()), "the manifest comes last");
        EvidenceManifest manifest = EvidenceManifest.parse(new String(files.remove(EvidenceManifest.FILE_NAME),
                StandardCharsets.UTF_8));
        assertEquals(written.checksums(), manifest.checksums());
        assertEquals(List.of(), manifest.verify(files), "every other file listed, every checksum right");
        assertEquals(5001, new String(files.get("ledger.csv"), StandardCharsets.UTF_8).lines().count());
    }

    @Test
    @DisplayName("nothing may be added after the manifest")
    void finishedMeansFinished() throws IOException {
        EvidenceZip zip = new EvidenceZip(new Response(), LocalDateTime.of(2026, 1, 1, 0, 0));
        zip.finish();
        assertThrows(IllegalStateException.class, () -> zip.file("late.csv", o -> o.write(1)));
    }
}
