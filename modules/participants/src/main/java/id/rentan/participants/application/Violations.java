package id.rentan.participants.application;

import id.rentan.platform.api.error.RuleViolation;
import id.rentan.platform.api.error.Severity;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule violations as compact JSON for storage (warnings on a participant, messages of an import row), read back
 * later and shown in the reader's language: {@code [{"r":"V-04","s":"W","k":"rule.V-04","a":["...", ...]}]}.
 */
public final class Violations {

    private Violations() {
    }

    public static String toJson(List<RuleViolation> violations) {
        if (violations == null || violations.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RuleViolation v : violations) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (v.rule() != null) {
                o.add("r", v.rule());
            }
            o.add("s", v.severity() == Severity.ERROR ? "E" : "W");
            o.add("k", v.messageKey());
            JsonArrayBuilder args = Json.createArrayBuilder();
            for (Object arg : v.args()) {
                if (arg instanceof Number n) {
                    args.add(n.longValue());
                } else {
                    args.add(String.valueOf(arg));
                }
            }
            o.add("a", args);
            array.add(o);
        }
        return array.build().toString();
    }

    public static List<RuleViolation> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<RuleViolation> list = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                List<Object> args = new ArrayList<>();
                for (JsonValue a : o.getJsonArray("a")) {
                    if (a.getValueType() == JsonValue.ValueType.NUMBER) {
                        long n = ((jakarta.json.JsonNumber) a).longValue();
                        args.add(n == (int) n ? (Object) (int) n : (Object) n);
                    } else {
                        args.add(((jakarta.json.JsonString) a).getString());
                    }
                }
                list.add(new RuleViolation(o.containsKey("r") ? o.getString("r") : null,
                        "E".equals(o.getString("s")) ? Severity.ERROR : Severity.WARNING, o.getString("k"), args));
            }
        }
        return list;
    }
}
