package id.rentan.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the configuration as JSON). */
final class ChartJson {

    static final String[] COLOURS = {"#1f6fb2", "#f28e2b", "#3ca55c", "#d64545", "#8e6cc4", "#6b6b6b"};

    private ChartJson() {
    }

    /** A chart of one or more series over the labels: {@code line}, {@code bar} or horizontal bars ({@code hbar}). */
    static String of(String type, List<String> labels, List<String> seriesNames, List<List<? extends Number>> series) {
        JsonArrayBuilder ls = Json.createArrayBuilder();
        labels.forEach(ls::add);
        JsonArrayBuilder sets = Json.createArrayBuilder();
        for (int s = 0; s < series.size(); s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number n : series.get(s)) {
                if (n == null) {
                    data.addNull();
                } else {
                    data.add(n.doubleValue());
                }
            }
            String colour = COLOURS[s % COLOURS.length];
            sets.add(Json.createObjectBuilder().add("label", seriesNames.get(s)).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour).add("fill", false)
                    .add("tension", 0.2));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend",
                        Json.createObjectBuilder().add("display", series.size() > 1)));
        String scaleAxis = "hbar".equals(type) ? "x" : "y";
        options.add("scales", Json.createObjectBuilder().add(scaleAxis,
                Json.createObjectBuilder().add("beginAtZero", true)));
        if ("hbar".equals(type)) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "hbar".equals(type) ? "bar" : type)
                .add("data", Json.createObjectBuilder().add("labels", ls).add("datasets", sets))
                .add("options", options)
                .build().toString();
    }
}
