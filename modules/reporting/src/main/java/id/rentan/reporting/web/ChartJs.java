package id.rentan.reporting.web;

import id.rentan.reporting.domain.ReportDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A report's chart ({@link ReportDocument.Chart}, the one the PDF draws too) as the Chart.js configuration that
 * PrimeFaces' {@code <p:chart value="...">} takes ({@link ChartJson}), with the reader's locale for Chart.js' number
 * formats ("1.400.000.000" in Bahasa Indonesia): plain JSON data, no script.
 */
final class ChartJs {

    private ChartJs() {
    }

    /**
     * @param chart the chart, or {@code null}
     * @param text   resolves the series' message keys in the reader's language
     * @param locale the reader's locale
     * @return the configuration, or {@code null} without a chart
     */
    static String config(ReportDocument.Chart chart, Function<String, String> text, Locale locale) {
        if (chart == null) {
            return null;
        }
        List<String> names = chart.series().stream().map(s -> text.apply(s.name())).toList();
        List<List<? extends Number>> values = chart.series().stream()
                .<List<? extends Number>>map(ReportDocument.Series::values).toList();
        String config = ChartJson.of(chart.kind() == ReportDocument.ChartKind.LINE ? "line" : "bar", chart.labels(),
                names, values);
        try (JsonReader reader = Json.createReader(new StringReader(config))) {
            JsonObject c = reader.readObject();
            return Json.createObjectBuilder(c).add("options", Json.createObjectBuilder(c.getJsonObject("options"))
                    .add("locale", locale.toLanguageTag())).build().toString();
        }
    }
}
