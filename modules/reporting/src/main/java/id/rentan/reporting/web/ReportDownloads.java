package id.rentan.reporting.web;

import id.rentan.reporting.application.ReportRenderer;
import id.rentan.reporting.domain.ReportDocument;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.util.Locale;

/**
 * The report downloads of the screens and the API: XLSX or PDF of a {@link ReportDocument}, in Bahasa
 * Indonesia or English. Callers audit the download before handing it out.
 */
public final class ReportDownloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private ReportDownloads() {
    }

    /** {@code xlsx} or {@code pdf}, any case; anything else is not a report format. */
    public static boolean isReportFormat(String format) {
        return "xlsx".equalsIgnoreCase(format) || "pdf".equalsIgnoreCase(format);
    }

    /** {@code id} (default) or {@code en}. */
    public static Locale language(String lang) {
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("id");
    }

    /** A screen's download. */
    public static StreamedContent content(ReportRenderer renderer, ReportDocument doc, Locale locale, String format,
                                          String baseName) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        return DefaultStreamedContent.builder()
                .name(baseName + (pdf ? ".pdf" : ".xlsx"))
                .contentType(pdf ? PDF : XLSX)
                .writer(out -> {
                    if (pdf) {
                        renderer.pdf(doc, locale, out);
                    } else {
                        renderer.xlsx(doc, locale, out);
                    }
                })
                .build();
    }

    /** An API download, streamed. */
    public static Response response(ReportRenderer renderer, ReportDocument doc, Locale locale, String format,
                                    String baseName) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        StreamingOutput body = out -> {
            if (pdf) {
                renderer.pdf(doc, locale, out);
            } else {
                renderer.xlsx(doc, locale, out);
            }
        };
        return Response.ok(body, pdf ? PDF : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + (pdf ? ".pdf" : ".xlsx") + "\"")
                .build();
    }
}
