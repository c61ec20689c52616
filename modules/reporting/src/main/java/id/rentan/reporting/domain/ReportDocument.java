package id.rentan.reporting.domain;

import java.util.List;

/**
 * A report as it is downloaded: a title, the period it covers, and sections of figures, each a table with an
 * optional chart. One model for every dashboard, rendered to XLSX (one sheet per section) and PDF (the city's header,
 * the period, the tables and the charts) by the same renderer, in the reader's language.
 *
 * <p>Texts: {@code title}, section titles, column headers and series names are message keys of the {@code i18n}
 * bundles, resolved in the reader's locale by the renderer; {@code period} and the cells are already values. Cells are
 * {@code String}, {@code Number}, {@code Rupiah}, {@code Percent}, {@code LocalDate}, {@code YearMonth} or
 * {@code null}.
 *
 * @param title    message key of the report's title
 * @param period   the period covered, as shown (e.g. "2026", "Januari-Oktober 2026")
 * @param scope    whose figures (e.g. "Semua OPD", "DKUPP"), as shown
 * @param sections the sections, in order
 */
public record ReportDocument(String title, String period, String scope, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /**
     * One table of figures.
     *
     * @param title   message key of the section's title
     * @param columns message keys of the column headers
     * @param rows    the rows, each as long as {@code columns}
     * @param chart   a chart of the rows, or {@code null}
     */
    public record Section(String title, List<String> columns, List<List<Object>> rows, Chart chart) {

        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /**
     * A chart: bars (grouped when there are several series) or lines over the labels.
     *
     * @param kind   bars or lines
     * @param labels the categories (x axis), as shown
     * @param series one or more series of values, one per label
     */
    public record Chart(ChartKind kind, List<String> labels, List<Series> series) {

        public Chart {
            labels = List.copyOf(labels);
            series = List.copyOf(series);
        }
    }

    /**
     * @param name   message key of the series' name
     * @param values one value per label
     */
    public record Series(String name, List<Number> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    public enum ChartKind { BAR, LINE }

    /**
     * A percentage shown as such (XLSX: a percent-formatted number; PDF: "40,1%").
     *
     * @param value the percentage, e.g. 40.1 for 40.1%
     */
    public record Percent(double value) {
    }
}
