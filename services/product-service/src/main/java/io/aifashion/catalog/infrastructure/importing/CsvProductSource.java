package io.aifashion.catalog.infrastructure.importing;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.importing.BrandGuess;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.domain.importing.RawColour;
import io.aifashion.catalog.domain.importing.RawProduct;
import io.aifashion.catalog.domain.importing.SourceRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a CSV feed in one of two layouts, recognised by the header:
 * <ul>
 *   <li>{@code csv/styles}: the Fashion Product Images layout {@code id, gender, masterCategory,
 *       subCategory, articleType, baseColour, season, year, usage, productDisplayName} — the id
 *       becomes the SKU, the brand is taken from the display name ({@link BrandGuess}), the colour
 *       is a name for the dictionary;</li>
 *   <li>{@code csv/full}: this catalogue's own columns (docs/catalog.md): {@code sku, name,
 *       gender, masterCategory, subCategory, articleType} and optionally {@code brand, price,
 *       currency, sizes, imageUrl, seasons, usages, year, availability, primaryColorName,
 *       primaryColorHex, secondaryColors, shadeName, shadeHex}; list values are separated by
 *       {@code |}, a secondary colour is {@code name:#rrggbb}, {@code #rrggbb} or a name.</li>
 * </ul>
 * Columns are matched by name, case-insensitively, in any order. A row whose number of fields is
 * not the header's (in styles.csv: a display name with an unquoted comma) is reported, not guessed.
 */
public final class CsvProductSource implements ProductSource {

    private static final List<String> STYLES = List.of("id", "gender", "mastercategory", "subcategory",
            "articletype", "basecolour", "season", "year", "usage", "productdisplayname");
    private static final List<String> FULL_REQUIRED = List.of("sku", "name", "gender", "mastercategory",
            "subcategory", "articletype");
    private static final Set<String> FULL_OPTIONAL = Set.of("brand", "price", "currency", "sizes", "imageurl",
            "seasons", "usages", "year", "availability", "primarycolorname", "primarycolorhex", "secondarycolors",
            "shadename", "shadehex");

    private final CountingInputStream bytes;
    private final CsvRecords records;
    private final boolean styles;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;
    private SourceRow next;

    public CsvProductSource(InputStream in, long maxBytes) {
        this.bytes = new CountingInputStream(in, maxBytes);
        this.records = new CsvRecords(new InputStreamReader(bytes, StandardCharsets.UTF_8));
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw new InvalidProductException("file", "the file is empty: expected a CSV header line");
        }
        List<String> names = header.fields().stream().map(CsvProductSource::normalise).toList();
        for (int i = 0; i < names.size(); i++) {
            if (columns.putIfAbsent(names.get(i), i) != null) {
                throw new InvalidProductException("file", "the header names column '" + header.fields().get(i) + "' twice");
            }
        }
        this.width = names.size();
        if (columns.keySet().containsAll(STYLES) && !columns.containsKey("sku")) {
            this.styles = true;
            for (String n : names) {
                if (!STYLES.contains(n)) {
                    throw new InvalidProductException("file", "unknown column '" + n + "' in a styles.csv header");
                }
            }
        } else if (columns.keySet().containsAll(FULL_REQUIRED)) {
            this.styles = false;
            for (String n : names) {
                if (!FULL_REQUIRED.contains(n) && !FULL_OPTIONAL.contains(n)) {
                    throw new InvalidProductException("file", "unknown column '" + n + "' in the header; the full layout"
                            + " has sku, name, brand, gender, masterCategory, subCategory, articleType, price, currency,"
                            + " sizes, imageUrl, seasons, usages, year, availability, primaryColorName, primaryColorHex,"
                            + " secondaryColors, shadeName, shadeHex");
                }
            }
        } else {
            throw new InvalidProductException("file", "unrecognised CSV header: expected the styles.csv layout ("
                    + String.join(",", STYLES) + ") or the full layout (sku,name,gender,masterCategory,subCategory,"
                    + "articleType,...)");
        }
    }

    /** Column names compare without case, spaces, hyphens or underscores; "colour" counts as "color". */
    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "").replace("colour", "color")
                .replace("basecolor", "basecolour");
    }

    @Override
    public String layout() {
        return styles ? "csv/styles" : "csv/full";
    }

    @Override
    public long bytesRead() {
        return bytes.count();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            CsvRecords.Record r = records.next();
            if (r == null) {
                return false;
            }
            next = toRow(r);
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

    private SourceRow toRow(CsvRecords.Record r) {
        if (r.problem() != null) {
            return new SourceRow.Unreadable(r.line(), "malformed CSV: " + r.problem());
        }
        if (r.fields().size() != width) {
            return new SourceRow.Unreadable(r.line(), "expected " + width + " fields, found " + r.fields().size()
                    + (styles && r.fields().size() > width ? " (a display name with an unquoted comma?)" : ""));
        }
        return styles ? stylesRow(r) : fullRow(r);
    }

    private SourceRow stylesRow(CsvRecords.Record r) {
        String id = get(r, "id");
        if (id == null) {
            return new SourceRow.Unreadable(r.line(), "missing id");
        }
        String name = get(r, "productdisplayname");
        String usage = get(r, "usage");
        String season = get(r, "season");
        return new SourceRow.Read(new RawProduct(r.line(), id, name, BrandGuess.fromDisplayName(name),
                get(r, "gender"), get(r, "mastercategory"), get(r, "subcategory"), get(r, "articletype"),
                null, null, List.of(), null,
                season == null ? List.of() : List.of(season),
                usage == null || usage.equalsIgnoreCase("NA") ? List.of() : List.of(usage),
                get(r, "year"), null, new RawColour(get(r, "basecolour"), null), List.of(), null, null));
    }

    private SourceRow fullRow(CsvRecords.Record r) {
        List<RawColour> secondary = new ArrayList<>();
        for (String item : list(get(r, "secondarycolors"))) {
            secondary.add(colour(item));
        }
        return new SourceRow.Read(new RawProduct(r.line(), get(r, "sku"), get(r, "name"), get(r, "brand"),
                get(r, "gender"), get(r, "mastercategory"), get(r, "subcategory"), get(r, "articletype"),
                get(r, "price"), get(r, "currency"), list(get(r, "sizes")), get(r, "imageurl"),
                list(get(r, "seasons")), list(get(r, "usages")), get(r, "year"), get(r, "availability"),
                new RawColour(get(r, "primarycolorname"), get(r, "primarycolorhex")), secondary,
                get(r, "shadename"), get(r, "shadehex")));
    }

    /** {@code name:#rrggbb}, {@code #rrggbb} or a bare name. */
    static RawColour colour(String item) {
        int hash = item.lastIndexOf('#');
        if (hash < 0) {
            return new RawColour(item, null);
        }
        String name = item.substring(0, hash).strip();
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return new RawColour(name.isEmpty() ? null : name, item.substring(hash).strip());
    }

    static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : value.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private String get(CsvRecords.Record r, String column) {
        Integer i = columns.get(column);
        if (i == null) {
            return null;
        }
        String v = r.fields().get(i);
        return v.isBlank() ? null : v.strip();
    }

    @Override
    public void close() {
        try {
            bytes.close();
        } catch (IOException ignored) {
            // the import is over either way
        }
    }
}
