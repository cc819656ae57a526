package io.aifashion.catalog.infrastructure.importing;

import io.aifashion.catalog.domain.importing.BrandGuess;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.domain.importing.RawColour;
import io.aifashion.catalog.domain.importing.RawProduct;
import io.aifashion.catalog.domain.importing.SourceRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON lines (one product object per line, jsonlines.org): the keys of the full CSV layout
 * in camelCase, where lists may be JSON arrays and colours objects ({@code "primaryColor":
 * {"name": "Navy Blue", "hex": "#1f2a44"}}, {@code "shade": {"name": ..., "hex": ...}}). Objects
 * in the styles.csv vocabulary ({@code id}, {@code productDisplayName}, {@code baseColour}, ...)
 * are read too. Blank lines are skipped; a line that is not a JSON object is reported.
 */
public final class JsonLinesProductSource implements ProductSource {

    private final CountingInputStream bytes;
    private final BufferedReader reader;
    private final JsonMapper json;
    private long line;
    private SourceRow next;

    public JsonLinesProductSource(InputStream in, long maxBytes, JsonMapper json) {
        this.bytes = new CountingInputStream(in, maxBytes);
        this.reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
        this.json = json;
    }

    @Override
    public String layout() {
        return "jsonl";
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text == null) {
                return false;
            }
            line++;
            if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                next = parse(line, text);
            }
        }
        return true;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private SourceRow parse(long n, String text) {
        JsonNode o;
        try {
            o = json.readTree(text);
        } catch (JacksonException e) {
            return new SourceRow.Unreadable(n, "not valid JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            return new SourceRow.Unreadable(n, "not a JSON object");
        }
        String sku = first(text(o, "sku"), text(o, "id"));
        if (sku == null) {
            return new SourceRow.Unreadable(n, "missing sku");
        }
        String name = first(text(o, "name"), text(o, "productDisplayName"));
        String brand = text(o, "brand");
        if (brand == null && o.has("productDisplayName")) {
            brand = BrandGuess.fromDisplayName(name);
        }
        RawColour primary = colour(o.get("primaryColor"));
        if (primary == null) {
            primary = colour(o.get("primaryColour"));
        }
        if (primary == null) {
            primary = new RawColour(first(text(o, "primaryColorName"), text(o, "baseColour")),
                    text(o, "primaryColorHex"));
        }
        List<RawColour> secondary = new ArrayList<>();
        JsonNode sec = o.has("secondaryColors") ? o.get("secondaryColors") : o.get("secondaryColours");
        if (sec != null && sec.isArray()) {
            for (JsonNode c : sec) {
                RawColour rc = colour(c);
                if (rc != null) {
                    secondary.add(rc);
                }
            }
        } else if (sec != null && sec.isString()) {
            CsvProductSource.list(sec.asString()).forEach(s -> secondary.add(CsvProductSource.colour(s)));
        }
        String shadeName = text(o, "shadeName");
        String shadeHex = text(o, "shadeHex");
        JsonNode shade = o.get("shade");
        if (shade != null && shade.isObject()) {
            shadeName = text(shade, "name");
            shadeHex = text(shade, "hex");
        }
        List<String> usages = list(o, "usages");
        if (usages.isEmpty() && text(o, "usage") != null && !"NA".equalsIgnoreCase(text(o, "usage"))) {
            usages = List.of(text(o, "usage"));
        }
        List<String> seasons = list(o, "seasons");
        if (seasons.isEmpty() && text(o, "season") != null) {
            seasons = List.of(text(o, "season"));
        }
        return new SourceRow.Read(new RawProduct(n, sku, name, brand, text(o, "gender"), text(o, "masterCategory"),
                text(o, "subCategory"), text(o, "articleType"), text(o, "price"), text(o, "currency"),
                list(o, "sizes"), text(o, "imageUrl"), seasons, usages, text(o, "year"), text(o, "availability"),
                primary, secondary, shadeName, shadeHex));
    }

    /** A colour given as {@code {"name", "hex"}}, as a hex string or as a name string; null when absent. */
    private static RawColour colour(JsonNode c) {
        if (c == null || c.isNull()) {
            return null;
        }
        if (c.isObject()) {
            return new RawColour(text(c, "name"), text(c, "hex"));
        }
        if (c.isString()) {
            return CsvProductSource.colour(c.asString());
        }
        return null;
    }

    /** A scalar as text (numbers keep their JSON spelling); null for absent, null or blank. */
    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull() || v.isContainer()) {
            return null;
        }
        String s = v.isNumber() ? v.numberValue().toString() : v.asString();
        if (v.isBigDecimal() || v.isDouble() || v.isFloat()) {
            s = v.decimalValue().toPlainString();
        }
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(JsonNode o, String key) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isNull() && !item.isContainer()) {
                    out.add(item.asString());
                }
            }
            return out;
        }
        return CsvProductSource.list(v.asString());
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the import is over either way
        }
    }
}
