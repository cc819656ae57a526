package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.Availability;
import io.aifashion.catalog.domain.CategoryPath;
import io.aifashion.catalog.domain.Gender;
import io.aifashion.catalog.domain.Money;
import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.Shade;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The product table's columns and their mapping to and from {@link Product}. */
public final class ProductRows {

    /** Every column a {@link Product} is read from, qualified with the alias {@code p}. */
    public static final String COLUMNS = """
            p.id, p.sku, p.name, p.brand, p.gender, p.master_category, p.sub_category, p.article_type, p.price,
            p.currency, p.sizes, p.image_url, p.seasons, p.usages, p.year, p.availability, p.colour_name,
            p.colour_hex, p.secondary_colours, p.shade_name, p.shade_hex, p.created_at, p.updated_at""";

    /** The columns a product row is written to (COPY and INSERT), in this order. */
    public static final String WRITE_COLUMNS = """
            id, sku, name, brand, gender, master_category, sub_category, article_type, price, currency, sizes,
            image_url, seasons, usages, year, availability, colour_name, colour_hex, colour_l, colour_a, colour_b,
            colour_family, secondary_colours, shade_name, shade_hex, shade_monk, content_hash, created_at,
            updated_at""";

    private final JsonMapper json;

    public ProductRows(JsonMapper json) {
        this.json = json;
    }

    public Product map(ResultSet rs) throws SQLException {
        BigDecimal price = rs.getBigDecimal("price");
        String shadeName = rs.getString("shade_name");
        Integer year = rs.getObject("year") == null ? null : rs.getInt("year");
        ProductContent content = new ProductContent(
                rs.getString("sku"),
                rs.getString("name"),
                rs.getString("brand"),
                Gender.valueOf(rs.getString("gender").toUpperCase(java.util.Locale.ROOT)),
                new CategoryPath(rs.getString("master_category"), rs.getString("sub_category"),
                        rs.getString("article_type")),
                price == null ? null : new Money(price, rs.getString("currency")),
                strings(rs.getArray("sizes")),
                rs.getString("image_url"),
                strings(rs.getArray("seasons")),
                strings(rs.getArray("usages")),
                year,
                Availability.parse(rs.getString("availability"), "availability"),
                new ProductColour(rs.getString("colour_name"), rs.getString("colour_hex"), null, null),
                colours(rs.getString("secondary_colours")),
                shadeName == null ? null : Shade.of(shadeName, rs.getString("shade_hex")));
        return new Product(rs.getObject("id", UUID.class), content,
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** The secondary colours as stored: {@code [{"name": ..., "hex": ...}]}. */
    public String coloursJson(List<ProductColour> colours) {
        ArrayNode array = json.createArrayNode();
        for (ProductColour c : colours) {
            ObjectNode o = array.addObject();
            o.put("name", c.name());
            o.put("hex", c.hex());
        }
        return json.writeValueAsString(array);
    }

    private List<ProductColour> colours(String stored) {
        JsonNode array = json.readTree(stored);
        List<ProductColour> out = new ArrayList<>(array.size());
        for (JsonNode o : array) {
            JsonNode name = o.get("name");
            JsonNode hex = o.get("hex");
            out.add(new ProductColour(name == null || name.isNull() ? null : name.asString(),
                    hex == null || hex.isNull() ? null : hex.asString(), null, null));
        }
        return out;
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }

    static Timestamp timestamp(java.time.Instant instant) {
        return Timestamp.from(instant);
    }
}
