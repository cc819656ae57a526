package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The colour search endpoint returns exactly what a brute-force scan computing ΔE00 against every
 * product colour in the database returns — same products, same order, same differences — on the
 * generated catalogue, for many colours, tolerances, limits and categories; and it is served by the
 * GiST index, not a scan.
 */
class ColourSearchEquivalenceTest extends CatalogueTestBase {

    record Row(UUID product, double l, double a, double b, List<String> categories) {
    }

    record Expected(UUID product, double deltaE) {
    }

    List<Row> allColours() {
        return jdbc.sql("select pc.product_id, c.l, c.a, c.b, pc.category_keys from product_colour pc"
                        + " join colour c on c.rgb = pc.rgb")
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getDouble(2), rs.getDouble(3),
                        rs.getDouble(4), List.of((String[]) rs.getArray(5).getArray())))
                .list();
    }

    static List<Expected> bruteForce(List<Row> rows, Lab q, double maxDeltaE, int limit, String category) {
        Map<UUID, Double> best = new HashMap<>();
        for (Row r : rows) {
            if (category != null && !r.categories().contains(category)) {
                continue;
            }
            double d = Ciede2000.deltaE(q.l(), q.a(), q.b(), r.l(), r.a(), r.b());
            if (d <= maxDeltaE) {
                best.merge(r.product(), d, Math::min);
            }
        }
        return best.entrySet().stream()
                .map(e -> new Expected(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Expected::deltaE).thenComparing(Expected::product))
                .limit(limit)
                .toList();
    }

    @Test
    void equalsABruteForceDeltaE00Scan() {
        List<Row> rows = allColours();
        assertThat(rows.size()).isGreaterThanOrEqualTo(DEMO_PRODUCTS);
        SplittableRandom r = new SplittableRandom(2024);
        double[] tolerances = {1, 3, 10, 30};
        int[] limits = {5, 50, 200};
        String[] categories = {null, null, "dresses", "footwear", "foundation and primer"};
        int compared = 0;
        for (int i = 0; i < 60; i++) {
            String hex = Srgb.fromPacked(r.nextInt(1 << 24)).toHex();
            double tolerance = tolerances[i % tolerances.length];
            int limit = limits[i % limits.length];
            String category = categories[i % categories.length];
            JsonNode result = ok(get("/api/v1/products/search/by-color?hex=" + enc(hex) + "&maxDeltaE=" + tolerance
                    + "&limit=" + limit + (category == null ? "" : "&category=" + enc(category))));
            List<Expected> expected = bruteForce(rows, Srgb.parseHex(hex).toLab(), tolerance, limit, category);
            List<String> ids = new ArrayList<>();
            List<Double> deltas = new ArrayList<>();
            result.get("items").forEach(item -> {
                ids.add(item.get("product").get("id").asString());
                deltas.add(item.get("deltaE").asDouble());
            });
            assertThat(ids).as("%s ΔE00 ≤ %s limit %s category %s", hex, tolerance, limit, category)
                    .isEqualTo(expected.stream().map(e -> e.product().toString()).toList());
            for (int k = 0; k < deltas.size(); k++) {
                assertThat(deltas.get(k)).isCloseTo(expected.get(k).deltaE(), org.assertj.core.data.Offset.offset(1e-4));
            }
            compared += ids.size();
        }
        assertThat(compared).as("the comparison must not be vacuous").isGreaterThan(500);
    }

    @Test
    void findsAProductByItsExactColourAtDistanceZero() {
        String hex = jdbc.sql("select colour_hex from product where colour_hex is not null and sku like 'DEMO-%' limit 1")
                .query(String.class).single();
        JsonNode result = ok(get("/api/v1/products/search/by-color?hex=" + enc(hex) + "&maxDeltaE=0.5&limit=5"));
        assertThat(result.get("items").get(0).get("deltaE").asDouble()).isZero();
        assertThat(result.get("items").get(0).get("product").get("primaryColor").get("hex").asString()).isEqualTo(hex);
        assertThat(result.get("candidatesExamined").asInt()).isLessThan(DEMO_PRODUCTS);
    }

    @Test
    void isServedByTheGistIndex() {
        jdbc.sql("analyze colour").update();
        jdbc.sql("analyze colour_category").update();
        jdbc.sql("analyze product_colour").update();
        // The statements the service declares as cursors, planned as such (fast start): colours
        // nearest-first from a GiST index, each joined to its products by index, nothing sorted.
        String all = "select pc.product_id, c.l, c.a, c.b from colour c join product_colour pc on pc.rgb = c.rgb"
                + " order by cube(array[c.l, c.a, c.b]) <-> cube(array[50, 10, 10]::float8[])";
        String inCategory = "select pc.product_id, c.l, c.a, c.b from colour_category c join product_colour pc"
                + " on pc.rgb = c.rgb and c.category_key = any(pc.category_keys) where c.category_key = 'dresses'"
                + " order by cube(array[c.l, c.a, c.b]) <-> cube(array[50, 10, 10]::float8[])";
        assertPlan(all, "colour_lab_idx");
        assertPlan(inCategory, "colour_category_lab_idx");
    }

    void assertPlan(String query, String index) {
        String plan = String.join("\n", jdbc.sql("explain declare k no scroll cursor for " + query)
                .query((rs, i) -> rs.getString(1)).list());
        assertThat(plan).as(plan).contains(index).contains("product_colour_rgb_idx")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
    }

    @Test
    void badParametersAre400NamingThem() {
        badRequest(get("/api/v1/products/search/by-color"), "hex");
        badRequest(get("/api/v1/products/search/by-color?hex=red"), "hex");
        badRequest(get("/api/v1/products/search/by-color?hex=" + enc("#ff0000") + "&maxDeltaE=0"), "maxDeltaE");
        badRequest(get("/api/v1/products/search/by-color?hex=" + enc("#ff0000") + "&maxDeltaE=lots"), "maxDeltaE");
        badRequest(get("/api/v1/products/search/by-color?hex=" + enc("#ff0000") + "&limit=201"), "limit");
        badRequest(get("/api/v1/products/search/by-color?hex=" + enc("#ff0000") + "&colour=red"), "colour");
    }
}
