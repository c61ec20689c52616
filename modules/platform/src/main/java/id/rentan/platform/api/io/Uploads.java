package id.rentan.platform.api.io;

import id.rentan.platform.api.error.BusinessException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded file into memory without ever holding more than the allowed size. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * Reads all bytes, refusing with {@code import.file.tooLarge} as soon as the stream exceeds {@code maxBytes}.
     */
    public static byte[] readLimited(InputStream in, long maxBytes) {
        if (in == null) {
            throw new BusinessException("import.file.empty");
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new BusinessException("import.file.tooLarge", total / (1024 * 1024) + 1,
                            maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
