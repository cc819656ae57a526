package io.aifashion.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.color.space.Lab;
import io.aifashion.color.space.Srgb;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** Product reads, admin writes, their events and cache, and the listing's filters and pages. */
class ProductApiTest extends CatalogueTestBase {

    @Autowired
    StringRedisTemplate redis;

    static String body(String sku, String price) {
        return """
                {"sku":"%s","name":"Linen Oxford Shirt","brand":"Test Atelier","gender":"men",
                 "masterCategory":"Apparel","subCategory":"Topwear","articleType":"Shirts",
                 "price":%s,"currency":"EUR","sizes":["S","M","L"],"seasons":["Summer"],"usages":["Casual"],
                 "year":2025,"availability":"in_stock","primaryColor":{"name":"Navy Blue"},
                 "secondaryColors":[{"hex":"#ffffff"}, {"name":"Multi"}]}""".formatted(sku, price);
    }

    long outbox(String type, String key) {
        return jdbc.sql("select count(*) from outbox_event where event_type = :t and event_key = :k")
                .param("t", type).param("k", key).query(Long.class).single();
    }

    @Test
    void anAdminCreatesReplacesAndDeletesAProductAndEachChangeIsPublishedOnce() {
        HttpResponse<String> created = send("POST", "/api/v1/products", "application/json", body("T-100", "49.90"),
                ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode product = json.readTree(created.body());
        String id = product.get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/products/" + id);
        // The colour name was resolved through the dictionary; Lab and family derived from it.
        assertThat(product.get("primaryColor").get("hex").asString()).isEqualTo("#1f2a44");
        assertThat(product.get("primaryColor").get("family").asString()).isEqualTo("blue");
        assertThat(product.get("primaryColor").get("lab").get("l").asDouble()).isBetween(17.0, 18.0);
        assertThat(product.get("secondaryColors").get(1).get("family").asString()).isEqualTo("unknown");
        assertThat(outbox("ProductUpserted", id)).isEqualTo(1);
        String envelope = jdbc.sql("select envelope from outbox_event where event_key = :k").param("k", id)
                .query(String.class).single();
        JsonNode payload = json.readTree(envelope).get("payload");
        assertThat(payload.get("sku").asString()).isEqualTo("T-100");
        assertThat(payload.get("primaryColor").get("family").asString()).isEqualTo("blue");
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo(new BigDecimal("49.90"));

        // Read (fills the cache), change, read again: the change is visible at once.
        HttpResponse<String> read = get("/api/v1/products/" + id);
        assertThat(ok(read).get("price").get("amount").decimalValue()).isEqualByComparingTo("49.90");
        assertThat(redis.hasKey("catalog:products::" + id)).isTrue();
        // The cache holds the response document itself; a hit answers exactly what the database read
        // answered, as JSON.
        HttpResponse<String> hit = get("/api/v1/products/" + id);
        assertThat(hit.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(hit.body()).isEqualTo(redis.opsForValue().get("catalog:products::" + id));
        assertThat(hit.body()).isEqualTo(read.body());
        assertThat(ok(hit).get("sku").asString()).isEqualTo("T-100");
        JsonNode replaced = ok(send("PUT", "/api/v1/products/" + id, "application/json", body("T-100", "39.90"),
                ADMIN));
        assertThat(replaced.get("createdAt").asString()).isEqualTo(product.get("createdAt").asString());
        assertThat(redis.hasKey("catalog:products::" + id)).isFalse();
        assertThat(ok(get("/api/v1/products/" + id)).get("price").get("amount").decimalValue())
                .isEqualByComparingTo("39.90");
        assertThat(outbox("ProductUpserted", id)).isEqualTo(2);
        // Replacing with the same content changes nothing and publishes nothing.
        ok(send("PUT", "/api/v1/products/" + id, "application/json", body("T-100", "39.90"), ADMIN));
        assertThat(outbox("ProductUpserted", id)).isEqualTo(2);

        assertThat(send("DELETE", "/api/v1/products/" + id, null, null, ADMIN).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/products/" + id).statusCode()).isEqualTo(404);
        assertThat(outbox("ProductRemoved", id)).isEqualTo(1);
        assertThat(count("select count(*) from product_colour where product_id = '" + id + "'")).isZero();
        assertThat(send("DELETE", "/api/v1/products/" + id, null, null, ADMIN).statusCode()).isEqualTo(404);
    }

    /**
     * A price order starts its walk at the price range its filters allow (the facet tokens' ranges),
     * and writes widen those ranges in the same transaction: a product dearer (or cheaper) than any
     * before in its category is the first of the next listing, through create and replace alike.
     */
    @Test
    void aPriceOrderStartsAtItsFiltersRangeAndEveryWriteWidensIt() {
        String skirts = "category=skirts&gender=women&limit=5&sort=";
        // A range no skirt can be in (the ranges prove it) is an empty page at once.
        JsonNode none = ok(get("/api/v1/products?category=skirts&gender=women&minPrice=5000&sort=-price"));
        assertThat(none.get("items")).isEmpty();
        assertThat(none.hasNonNull("nextCursor")).isFalse();
        List<String> dearest = ids(ok(get("/api/v1/products?" + skirts + "-price")));
        assertThat(dearest).isEqualTo(jdbc.sql("select id::text from product where article_type = 'Skirts'"
                + " and gender = 'women' order by price desc nulls last, id desc limit 5").query(String.class).list());
        String skirt = """
                {"sku":"%s","name":"Pleated Midi Skirt","brand":"Test Atelier","gender":"women",
                 "masterCategory":"Apparel","subCategory":"Bottomwear","articleType":"Skirts",
                 "price":%s,"currency":"EUR","availability":"in_stock","primaryColor":{"name":"Navy Blue"}}""";
        String id = ok(send("POST", "/api/v1/products", "application/json", skirt.formatted("T-SKIRT", "900.00"),
                ADMIN)).get("id").asString();
        try {
            assertThat(ids(ok(get("/api/v1/products?" + skirts + "-price")))).startsWith(id);
            ok(send("PUT", "/api/v1/products/" + id, "application/json", skirt.formatted("T-SKIRT", "0.50"), ADMIN));
            assertThat(ids(ok(get("/api/v1/products?" + skirts + "price")))).startsWith(id);
            assertThat(ids(ok(get("/api/v1/products?" + skirts + "-price")))).isEqualTo(dearest);
        } finally {
            send("DELETE", "/api/v1/products/" + id, null, null, ADMIN);
        }
        // A skirt without a price comes after every priced one: the ranges are then not used as
        // bounds (they would exclude it), and the last page of the walk ends with it.
        String unpriced = ok(send("POST", "/api/v1/products", "application/json", skirt.formatted("T-SKIRT-2", "null")
                .replace(",\"currency\":\"EUR\"", ""), ADMIN)).get("id").asString();
        try {
            for (String sort : List.of("price", "-price")) {
                String order = sort.equals("price") ? "price nulls last, id" : "price desc nulls last, id desc";
                List<String> all = jdbc.sql("select id::text from product where article_type = 'Skirts'"
                        + " and gender = 'women' order by " + order).query(String.class).list();
                assertThat(all.getLast()).isEqualTo(unpriced);
                List<String> paged = new ArrayList<>();
                String next = "/api/v1/products?category=skirts&gender=women&limit=100&sort=" + sort;
                while (next != null) {
                    JsonNode page = ok(get(next));
                    paged.addAll(ids(page));
                    next = page.hasNonNull("nextCursor") ? "/api/v1/products?category=skirts&gender=women&limit=100"
                            + "&sort=" + sort + "&cursor=" + page.get("nextCursor").asString() : null;
                }
                assertThat(paged).as(sort).isEqualTo(all);
            }
        } finally {
            send("DELETE", "/api/v1/products/" + unpriced, null, null, ADMIN);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("product").get("id").asString()));
        return ids;
    }

    @Test
    void onlyAdminsWrite() {
        long before = count("select count(*) from product");
        for (String token : new String[] {USER, null}) {
            int expected = token == null ? 401 : 403;
            assertThat(send("POST", "/api/v1/products", "application/json", body("T-200", "10"), token).statusCode())
                    .isEqualTo(expected);
            String someId = jdbc.sql("select id::text from product limit 1").query(String.class).single();
            assertThat(send("PUT", "/api/v1/products/" + someId, "application/json", body("T-200", "10"), token)
                    .statusCode()).isEqualTo(expected);
            assertThat(send("DELETE", "/api/v1/products/" + someId, null, null, token).statusCode())
                    .isEqualTo(expected);
            assertThat(send("POST", "/api/v1/products/imports", "text/csv", "sku,name\n", token).statusCode())
                    .isEqualTo(expected);
            assertThat(send("POST", "/api/v1/products/demo-data?products=10", null, null, token).statusCode())
                    .isEqualTo(expected);
        }
        HttpResponse<String> forbidden = send("POST", "/api/v1/products", "application/json", body("T-200", "10"),
                USER);
        assertThat(json.readTree(forbidden.body()).get("type").asString())
                .isEqualTo("https://aifashion.io/problems/forbidden");
        assertThat(count("select count(*) from product")).isEqualTo(before);
    }

    @Test
    void invalidProductsAre400NamingTheFieldAndDuplicateSkusAre409() {
        badRequest(send("POST", "/api/v1/products", "application/json",
                body("T-300", "49.90").replace("\"men\"", "\"martian\""), ADMIN), "gender");
        badRequest(send("POST", "/api/v1/products", "application/json",
                body("T-300", "-1"), ADMIN), "price");
        badRequest(send("POST", "/api/v1/products", "application/json",
                body("T-300", "49.90").replace("{\"hex\":\"#ffffff\"}", "{\"hex\":\"#fffff\"}"), ADMIN),
                "secondaryColors[0].hex");
        badRequest(send("POST", "/api/v1/products", "application/json",
                body("T-300", "49.90").replace("\"sku\":\"T-300\"", "\"sku\":\"\""), ADMIN), "sku");
        assertThat(count("select count(*) from product where sku = 'T-300'")).isZero();

        assertThat(send("POST", "/api/v1/products", "application/json", body("T-301", "5"), ADMIN).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = send("POST", "/api/v1/products", "application/json", body("T-301", "6"), ADMIN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("type").asString())
                .isEqualTo("https://aifashion.io/problems/sku-taken");
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        badRequest(get("/api/v1/products?gender=martian"), "gender");
        badRequest(get("/api/v1/products?minPrice=cheap"), "minPrice");
        badRequest(get("/api/v1/products?minPrice=50&maxPrice=10"), "minPrice");
        badRequest(get("/api/v1/products?sort=popularity"), "sort");
        badRequest(get("/api/v1/products?sort=relevance"), "sort");
        badRequest(get("/api/v1/products?sort=color"), "sort");
        badRequest(get("/api/v1/products?limit=0"), "limit");
        badRequest(get("/api/v1/products?limit=1000"), "limit");
        badRequest(get("/api/v1/products?cursor=bm9wZQ"), "cursor");
        badRequest(get("/api/v1/products?colorFamily=plaid"), "colorFamily");
        badRequest(get("/api/v1/products?hex=" + enc("#12345g")), "hex");
        badRequest(get("/api/v1/products?inStock=maybe"), "inStock");
        badRequest(get("/api/v1/products?currency=euro"), "currency");
        badRequest(get("/api/v1/products?colour_family=blue"), "colour_family");
        badRequest(get("/api/v1/products/not-a-uuid"), "id");
        HttpResponse<String> newest = ok200(get("/api/v1/products?sort=newest&limit=3"));
        String cursor = json.readTree(newest.body()).get("nextCursor").asString();
        badRequest(get("/api/v1/products?sort=price&cursor=" + cursor), "cursor");
    }

    private HttpResponse<String> ok200(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    @Test
    void filtersCombineAndEveryItemSatisfiesThem() {
        JsonNode page = ok(get("/api/v1/products?gender=women,girls&category=Topwear&maxPrice=60&inStock=true"
                + "&colorFamily=blue,green&sort=price&limit=100"));
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        assertThat(items).isNotEmpty();
        BigDecimal previous = BigDecimal.ZERO;
        for (JsonNode item : items) {
            JsonNode p = item.get("product");
            assertThat(p.get("gender").asString()).isIn("women", "girls");
            assertThat(p.get("subCategory").asString()).isEqualTo("Topwear");
            assertThat(p.get("inStock").asBoolean()).isTrue();
            assertThat(p.get("primaryColor").get("family").asString()).isIn("blue", "green");
            BigDecimal price = p.get("price").get("amount").decimalValue();
            assertThat(price).isLessThanOrEqualTo(new BigDecimal("60"));
            assertThat(price).isGreaterThanOrEqualTo(previous);
            previous = price;
        }
    }

    @Test
    void textSearchFindsByNameBrandAndTypeRankedByRelevance() {
        JsonNode page = ok(get("/api/v1/products?q=" + enc("jeans") + "&limit=50"));
        assertThat(page.get("items")).isNotEmpty();
        page.get("items").forEach(i -> assertThat(i.get("product").get("name").asString().toLowerCase()
                + " " + i.get("product").get("articleType").asString().toLowerCase()).contains("jean"));
        JsonNode brand = ok(get("/api/v1/products?q=" + enc("Northwind sneakers") + "&limit=20"));
        assertThat(brand.get("items")).isNotEmpty();
        brand.get("items").forEach(i -> {
            assertThat(i.get("product").get("brand").asString()).isEqualTo("Northwind");
            assertThat(i.get("product").get("articleType").asString()).isEqualTo("Casual Shoes");
        });
    }

    @Test
    void keysetPagesCoverTheListingExactlyOnce() {
        for (String sort : new String[] {"newest", "price", "-price", "relevance", "color"}) {
            String filter = "category=shirts&minPrice=0&sort=" + enc(sort)
                    + (sort.equals("relevance") ? "&q=shirt" : "") + (sort.equals("color") ? "&hex=" + enc("#808080") : "");
            JsonNode all = ok(get("/api/v1/products?" + filter + "&limit=100"));
            assertThat(all.get("nextCursor").isNull()).as("fits one page for " + sort).isTrue();
            List<String> expected = new ArrayList<>();
            all.get("items").forEach(i -> expected.add(i.get("product").get("id").asString()));
            assertThat(expected).hasSizeGreaterThan(20);

            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = ok(get("/api/v1/products?" + filter + "&limit=7"
                        + (cursor == null ? "" : "&cursor=" + cursor)));
                page.get("items").forEach(i -> paged.add(i.get("product").get("id").asString()));
                cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            } while (cursor != null);
            assertThat(paged).as("pages for sort=" + sort).isEqualTo(expected);
            Set<String> distinct = new HashSet<>(paged);
            assertThat(distinct).hasSameSizeAs(paged);
        }
    }

    /**
     * Small pages of a broad filter come from the windowed plan (the window holds a full page),
     * one large page from the filter-first plan (it does not): both must list the same products.
     */
    @Test
    void theWindowedAndTheFilterFirstPlansAgree() {
        for (String sort : new String[] {"newest", "price", "-price", "color"}) {
            String filter = "minPrice=0&inStock=true&sort=" + enc(sort)
                    + (sort.equals("color") ? "&hex=" + enc("#a05050") : "");
            JsonNode big = ok(get("/api/v1/products?" + filter + "&limit=60"));
            List<String> expected = new ArrayList<>();
            big.get("items").forEach(i -> expected.add(i.get("product").get("id").asString()));
            assertThat(expected).hasSize(60);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            while (paged.size() < 60) {
                JsonNode page = ok(get("/api/v1/products?" + filter + "&limit=5"
                        + (cursor == null ? "" : "&cursor=" + cursor)));
                page.get("items").forEach(i -> paged.add(i.get("product").get("id").asString()));
                cursor = page.get("nextCursor").asString();
            }
            assertThat(paged.subList(0, 60)).as("sort=" + sort).isEqualTo(expected);
        }
    }

    /**
     * The colour order with a colour-family filter reads the nearest colours of those families from
     * their own index (V7): pages of it, near and far from the query colour, equal a sort of every
     * matching product by distance.
     */
    @Test
    void colourOrderWithAFamilyFilterEqualsSortingEveryMatch() {
        String[][] cases = {{"#6a1b9a", "green"}, {"#6a1b9a", "purple"}, {"#ff2020", "blue,green"},
                {"#f0f0f0", "black"}, {"#808080", "yellow,pink,brown"}};
        for (String[] c : cases) {
            Lab q = Srgb.parseHex(c[0]).toLab();
            List<String> expected = jdbc.sql("""
                            select id::text from product where colour_l is not null and colour_family = any(:f)
                              and availability = 'in_stock'
                            order by cube(array[colour_l, colour_a, colour_b]) <-> cube(array[:l, :a, :b]::float8[]), id
                            limit 40""")
                    .param("f", c[1].split(",")).param("l", q.l()).param("a", q.a()).param("b", q.b())
                    .query(String.class).list();
            assertThat(expected).as(c[1]).hasSize(40);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            while (paged.size() < 40) {
                JsonNode page = ok(get("/api/v1/products?sort=color&hex=" + enc(c[0]) + "&colorFamily=" + enc(c[1])
                        + "&inStock=true&limit=8" + (cursor == null ? "" : "&cursor=" + cursor)));
                page.get("items").forEach(i -> paged.add(i.get("product").get("id").asString()));
                cursor = page.get("nextCursor").asString();
            }
            assertThat(paged).as("%s near %s", c[1], c[0]).isEqualTo(expected);
        }
    }

    /**
     * A common word with a sort order walks the order (or the nearest colours) and tests the text
     * on each row instead of sorting every match: its pages equal a sort of every match.
     */
    @Test
    void aCommonWordInSortOrderEqualsSortingEveryMatch() {
        jdbc.sql("analyze product").update(); // the word's share comes from the text vector's statistics
        String[][] cases = {{"newest", "created_at desc, id desc"}, {"price", "price nulls last, id"},
                {"-price", "price desc nulls last, id desc"},
                {"color", "cube(array[colour_l, colour_a, colour_b]) <-> cube(array[:l, :a, :b]::float8[]), id"}};
        Lab grey = Srgb.parseHex("#708090").toLab();
        for (String[] c : cases) {
            for (String filter : new String[] {"", "&gender=women,girls", "&inStock=true&minPrice=20"}) {
                List<String> expected = jdbc.sql("select id::text from product p where"
                                + " search @@ websearch_to_tsquery('english', 'shirt')"
                                + (c[0].equals("color") ? " and colour_l is not null" : "")
                                + (filter.contains("gender") ? " and gender in ('women', 'girls')" : "")
                                + (filter.contains("inStock") ? " and availability = 'in_stock' and price >= 20" : "")
                                + " order by " + c[1] + " limit 30")
                        .param("l", grey.l()).param("a", grey.a()).param("b", grey.b())
                        .query(String.class).list();
                assertThat(expected).as(c[0] + filter).hasSize(30);
                List<String> paged = new ArrayList<>();
                String cursor = null;
                while (paged.size() < 30) {
                    JsonNode page = ok(get("/api/v1/products?q=shirt&sort=" + enc(c[0]) + filter
                            + (c[0].equals("color") ? "&hex=" + enc("#708090") : "") + "&limit=6"
                            + (cursor == null ? "" : "&cursor=" + cursor)));
                    page.get("items").forEach(i -> paged.add(i.get("product").get("id").asString()));
                    cursor = page.get("nextCursor").asString();
                }
                assertThat(paged).as("shirt, sort=%s%s", c[0], filter).isEqualTo(expected);
            }
        }
    }

    @Test
    void colourOrderIsNearestFirst() {
        JsonNode page = ok(get("/api/v1/products?hex=" + enc("#1f2a44") + "&limit=30"));
        double previous = 0;
        for (JsonNode item : page.get("items")) {
            double d = item.get("colorDistance").asDouble();
            assertThat(d).isGreaterThanOrEqualTo(previous);
            previous = d;
        }
    }
}
