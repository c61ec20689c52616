package id.rentan.platform.api.io;

import id.rentan.platform.api.error.BusinessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** File downloads of the REST API: the format a client asked for, and the streamed attachment. */
public final class Downloads {

    private Downloads() {
    }

    /** {@code csv} or {@code xlsx} (any case), or a clear "unknown format" error. */
    public static TabularFormat format(String format) {
        return TabularFormat.of(format).orElseThrow(() -> new BusinessException("export.format.unknown", format));
    }

    /** A streamed attachment named {@code baseName.csv} or {@code baseName.xlsx}. */
    public static Response download(StreamingOutput body, TabularFormat format, String baseName) {
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
