package id.rentan.participants.web;

import id.rentan.participants.application.ImportResult;
import id.rentan.participants.domain.ParticipantInput;
import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.io.TableWriter;
import id.rentan.platform.api.ui.Texts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The import template and the downloadable import report, the same for the screen and the API. */
final class ImportReports {

    /** An example row that passes every rule (a woman born 1 July 1990 in Kademangan, Ketapang). */
    static final List<String> EXAMPLE = List.of("3574014107900001", "3574010101900001", "Siti Aminah", "Probolinggo",
            "1990-07-01", "P", "Fatimah", "Jl. Mastrip No. 12", "3", "2", "35.74.01.1001", "081234567890", "UMKM",
            "1000000");

    private ImportReports() {
    }

    static void template(TableWriter out) {
        out.header(ParticipantInput.COLUMNS);
        out.row(EXAMPLE);
        out.close();
    }

    static void write(ImportResult report, TableWriter out, Texts texts, Locale locale) {
        out.header(List.of("baris", "nik", "hasil", "aturan", "pesan"));
        for (ImportResult.Row row : report.rows()) {
            out.row(row.line(), row.nik(), row.outcome().name(),
                    row.violations().stream().map(RuleViolation::rule).filter(r -> r != null).distinct()
                            .collect(Collectors.joining(" ")),
                    row.violations().stream().map(v -> texts.render(locale, v)).collect(Collectors.joining("; ")));
        }
        out.close();
    }
}
