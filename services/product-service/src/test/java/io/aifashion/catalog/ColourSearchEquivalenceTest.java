package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.catalog.domain.search.LabGrid;
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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The colour search endpoint returns exactly what a brute-force scan computing ΔE00 against every
 * product colour in the database returns — same products, same order, same differences — on the
 * generated catalogue, for many colours, tolerances, limits and categories; and it is served by
 * indexes (the CIELAB grid's B-tree, the GiST indexes), not a scan. The generated catalogue is
 * small, so many searches here run past the grid's last shell and finish on the GiST index: both
 * paths, and the seam between them, are compared.
 */
class ColourSearchEquivalenceTest extends CatalogueTestBase {

    @Autowired
    MeterRegistry meters;

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
            compared += compare(rows, hex, tolerances[i % tolerances.length], limits[i % limits.length],
                    categories[i % categories.length]);
        }
        assertThat(compared).as("the comparison must not be vacuous").isGreaterThan(500);
    }

    /**
     * Where the bound is most delicate: near-neutral greys (C* ≈ 0, the hue undefined, S_C and S_H
     * at their smallest), hues either side of 0°/360° in CIELAB (the mean-hue rule wraps), very
     * dark and very light colours (S_L largest, L* clipped to [0, 100]), and the blue region around
     * h̄' = 275° where R_T lets ΔE00 stay small far away in ΔE*ab.
     */
    @Test
    void equalsABruteForceScanAtTheEdgesOfTheBound() {
        List<Row> rows = allColours();
        String[] edges = {
                "#808080", "#7f8081", "#828080", "#000000", "#010101", "#ffffff", "#fefefe", "#c0c0c0", // greys
                "#d0306e", "#d03060", "#c83c78", "#b4285a", "#ff0080", // CIELAB hue near 0°/360° (pinkish red)
                "#0a0000", "#00000f", "#0d0d12", "#1a0a2a", "#102010", // dark
                "#0000ff", "#1e1ec8", "#3c3cff", "#2828a0", "#4b0082", // blue region
        };
        double[] tolerances = {0.5, 2, 10, 25};
        int compared = 0;
        for (int i = 0; i < edges.length; i++) {
            for (double tolerance : tolerances) {
                compared += compare(rows, edges[i], tolerance, i % 2 == 0 ? 50 : 200, null);
            }
            compared += compare(rows, edges[i], 15, 50, "footwear");
        }
        assertThat(compared).as("the comparison must not be vacuous").isGreaterThan(1000);
    }

    /** One search through the HTTP API against the brute-force scan; returns how many products matched. */
    private int compare(List<Row> rows, String hex, double tolerance, int limit, String category) {
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
        return ids.size();
    }

    @Test
    void findsAProductByItsExactColourAtDistanceZero() {
        String hex = jdbc.sql("select colour_hex from product where colour_hex is not null and sku like 'DEMO-%' limit 1")
                .query(String.class).single();
        Timer timer = meters.get("aifashion.catalog.colour.search").tag("scope", "all").timer();
        long searches = timer.count();
        JsonNode result = ok(get("/api/v1/products/search/by-color?hex=" + enc(hex) + "&maxDeltaE=0.5&limit=5"));
        assertThat(timer.count()).as("the search is timed").isEqualTo(searches + 1);
        assertThat(meters.get("aifashion.catalog.colour.search.candidates").tag("scope", "all").summary().max())
                .isPositive();
        assertThat(result.get("items").get(0).get("deltaE").asDouble()).isZero();
        assertThat(result.get("items").get(0).get("product").get("primaryColor").get("hex").asString()).isEqualTo(hex);
        assertThat(result.get("candidatesExamined").asInt()).isLessThan(DEMO_PRODUCTS);
    }

    @Test
    void gridShellsAreReadFromTheCellIndexAlone() {
        jdbc.sql("vacuum analyze product_colour").update();
        int[] cells = LabGrid.shell(new Lab(50, 10, 10), -1, 6);
        String plan = String.join("\n", jdbc.sql("explain select product_id, rgb from product_colour where cell = any('"
                        + java.util.Arrays.toString(cells).replace('[', '{').replace(']', '}') + "'::integer[])")
                .query((rs, i) -> rs.getString(1)).list());
        assertThat(plan).as(plan).contains("Index Only Scan using product_colour_cell_idx").doesNotContain("Seq Scan");
    }

    @Test
    void everyProductColourIsInTheCellOfItsLab() {
        List<int[]> mismatches = jdbc.sql("select pc.cell, c.l, c.a, c.b from product_colour pc join colour c on c.rgb = pc.rgb")
                .query((rs, i) -> new int[] {rs.getInt(1), LabGrid.cellOf(rs.getDouble(2), rs.getDouble(3), rs.getDouble(4))})
                .list().stream().filter(c -> c[0] != c[1]).toList();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void isServedByTheGistIndex() {
        jdbc.sql("vacuum analyze colour").update();
        jdbc.sql("vacuum analyze colour_category").update();
        jdbc.sql("vacuum analyze product_colour").update();
        // The statements the service declares as cursors, planned as such (fast start): colours
        // nearest-first from a GiST index, each joined to its products by index, nothing sorted;
        // without a category both sides are index-only (every column read is in the index).
        String columns = "pc.product_id, cube_ll_coord(c.lab, 1), cube_ll_coord(c.lab, 2), cube_ll_coord(c.lab, 3)";
        String all = "select " + columns + " from colour c join product_colour pc on pc.rgb = c.rgb"
                + " order by c.lab <-> cube(array[50, 10, 10]::float8[])";
        String inCategory = "select " + columns + " from colour_category c join product_colour pc"
                + " on pc.rgb = c.rgb and c.category_key = any(pc.category_keys) where c.category_key = 'dresses'"
                + " order by c.lab <-> cube(array[50, 10, 10]::float8[])";
        assertThat(assertPlan(all, "colour_lab_idx")).contains("Index Only Scan using product_colour_rgb_idx");
        assertPlan(inCategory, "colour_category_lab_idx");
    }

    String assertPlan(String query, String index) {
        String plan = String.join("\n", jdbc.sql("explain declare k no scroll cursor for " + query)
                .query((rs, i) -> rs.getString(1)).list());
        assertThat(plan).as(plan).contains("Index Only Scan using " + index).contains("product_colour_rgb_idx")
                .doesNotContain("Seq Scan").doesNotContain("Sort");
        return plan;
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
