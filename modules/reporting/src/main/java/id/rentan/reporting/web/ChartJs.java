package id.rentan.reporting.web;

import id.rentan.reporting.domain.ReportDocument;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A report's chart ({@link ReportDocument.Chart}, the one the PDF draws too) as the Chart.js configuration that
 * PrimeFaces' {@code <p:chart value="...">} takes: plain JSON data (labels, datasets, colours, the reader's locale
 * for number formats), no script.
 */
final class ChartJs {

    /** The city's palette: blue, gold, green, grey, red, teal. */
    static final List<String> COLOURS = List.of("#0a4063", "#d29922", "#1a7f37", "#5f6b7a", "#c62828", "#00796b");

    private ChartJs() {
    }

    /**
     * @param chart  the chart
     * @param text   resolves the series' message keys in the reader's language
     * @param locale the reader's locale (numbers as "1.234.567" in Bahasa Indonesia)
     */
    static String config(ReportDocument.Chart chart, Function<String, String> text, Locale locale) {
        if (chart == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        chart.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        boolean line = chart.kind() == ReportDocument.ChartKind.LINE;
        for (int i = 0; i < chart.series().size(); i++) {
            ReportDocument.Series s = chart.series().get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    data.addNull();
                } else if (n instanceof Double || n instanceof Float) {
                    data.add(n.doubleValue());
                } else {
                    data.add(n.longValue());
                }
            }
            String colour = COLOURS.get(i % COLOURS.size());
            JsonObjectBuilder set = Json.createObjectBuilder().add("label", text.apply(s.name())).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour);
            if (line) {
                set.add("fill", false).add("tension", 0.2);
            }
            datasets.add(set);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("locale", locale.toLanguageTag())
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")
                                .add("display", chart.series().size() > 1)))
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder()
                .add("type", line ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
