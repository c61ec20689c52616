package id.rentan.platform.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** One shared, thread-safe JSON-B instance for audit snapshots and other JSON the services write. */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private Json() {
    }

    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return JSONB.toJson(s);
        }
        return JSONB.toJson(value);
    }
}
