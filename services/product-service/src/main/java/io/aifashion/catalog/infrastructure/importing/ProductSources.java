package io.aifashion.catalog.infrastructure.importing;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.importing.ProductSource;
import java.io.InputStream;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** Opens a feed in a named format: {@code csv} (either CSV layout) or {@code jsonl}. */
public final class ProductSources {

    private final JsonMapper json;

    public ProductSources(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param format   {@code csv} or {@code jsonl} (also {@code ndjson})
     * @param maxBytes the most bytes to read, or -1
     */
    public ProductSource open(String format, InputStream in, long maxBytes) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> new CsvProductSource(in, maxBytes);
            case "jsonl", "ndjson", "json" -> new JsonLinesProductSource(in, maxBytes, json);
            default -> throw new InvalidProductException("format", "format '" + format + "' is not csv or jsonl");
        };
    }

    /** The format a file name suggests: {@code .jsonl}/{@code .ndjson} → jsonl, anything else csv. */
    public static String formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? "jsonl" : "csv";
    }
}
