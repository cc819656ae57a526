package io.aifashion.launcher.color;

import io.aifashion.color.space.Lab;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON output of the colour commands (Jackson 3), pretty-printed, numbers rounded for reading. */
final class ColorJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ColorJson() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }

    static Map<String, Object> lab(Lab lab) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("l", round(lab.l()));
        m.put("a", round(lab.a()));
        m.put("b", round(lab.b()));
        return m;
    }

    /** Four decimals: far below any perceptible difference, and stable output for scripts. */
    static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
