package id.rentan.reporting.infrastructure;

import id.rentan.reporting.domain.EvidenceManifest;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an evidence pack: a ZIP straight onto an output stream, file after file, each file's SHA-256 computed from
 * the bytes as they are written (nothing is buffered whole, nor read back), and last the manifest of those checksums
 * ({@link EvidenceManifest}). The stream under the ZIP is never closed here: it belongs to the caller (the HTTP
 * response).
 */
public final class EvidenceZip {

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the file's stream; closing it (as {@code TableWriter} or OpenPDF may do) only ends the file
         */
        void write(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final LocalDateTime time;
    private final EvidenceManifest manifest = new EvidenceManifest();
    private boolean finished;

    /**
     * @param out  where the ZIP goes (left open)
     * @param time the time every entry carries (when the pack was built)
     */
    public EvidenceZip(OutputStream out, LocalDateTime time) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(new KeepOpen(out), 64 * 1024));
        this.time = time;
    }

    /**
     * Adds a file.
     *
     * @param path its path in the pack, e.g. {@code invoices/2026-01-APBD-50.csv}
     * @return its SHA-256 (hex)
     */
    public String file(String path, Content content) throws IOException {
        if (finished) {
            throw new IllegalStateException("the pack is finished");
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        MessageDigest digest = EvidenceManifest.digest();
        try (OutputStream file = new DigestOutputStream(new KeepOpen(zip), digest)) {
            content.write(file);
        }
        zip.closeEntry();
        String sha256 = HexFormat.of().formatHex(digest.digest());
        manifest.add(path, sha256);
        return sha256;
    }

    /** Files written so far (the manifest not included). */
    public int files() {
        return manifest.size();
    }

    /** Writes the manifest of every file written and ends the ZIP; the stream under it is flushed, not closed. */
    public EvidenceManifest finish() throws IOException {
        ZipEntry entry = new ZipEntry(EvidenceManifest.FILE_NAME);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(manifest.bytes());
        zip.closeEntry();
        zip.finish();
        zip.flush();
        finished = true;
        return manifest;
    }

    /**
     * A stream that passes everything on but whose {@code close()} only flushes: a file's writer may close its stream
     * without closing the ZIP, and the ZIP may be finished without closing the response.
     */
    static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
