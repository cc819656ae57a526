package io.aifashion.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventType;
import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.events.payload.ProductUpserted;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.events.payload.UserDeleted;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.kit.support.EmbeddedInfrastructureInitializer;
import io.aifashion.kit.support.TestTokens;
import io.aifashion.recommendation.application.ModelRegistry;
import io.aifashion.recommendation.domain.experiment.Experiment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The recommendation service end to end over real HTTP, PostgreSQL, Kafka and Redis: a catalogue
 * arrives as ProductUpserted events, a new user's palette as PaletteGenerated, shoppers interact
 * over the API, models train in the service, and the tests read lists, explanations, experiments
 * and the rebuilt read model back. The steps build on each other, hence the order.
 */
@SpringBootTest(classes = RecommendationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=recommendation-service", "spring.application.name=recommendation-service",
                "aifashion.recommendation.training.poll-interval=300ms",
                "aifashion.recommendation.training.interval=1h",
                "aifashion.recommendation.training.min-new-interactions=1000000",
                "aifashion.recommendation.training.ials-factors=8",
                "aifashion.recommendation.training.ials-iterations=3",
                "aifashion.recommendation.training.ease-max-items=400"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecommendationServiceTest {

    static final TestTokens TOKENS = new TestTokens();
    static final String NEW_USER = "new-user-" + UUID.randomUUID();
    static final String ADMIN = "admin-" + UUID.randomUUID();
    static final int LIKERS = 30;

    @DynamicPropertySource
    static void jwks(DynamicPropertyRegistry r) {
        r.add("aifashion.security.jwks-uri", TOKENS::jwksUri);
    }

    @LocalServerPort
    int port;
    @Autowired
    EventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ModelRegistry registry;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final List<ProductUpserted> catalogue = TestCatalogue.products();
    /** The new user's list right after their palette arrived. */
    List<String> paletteOnlyList;

    double cacheRequests(String result) {
        return meters.get("aifashion.recommendation.cache.requests").tag("result", result).counter().count();
    }

    @AfterAll
    static void stop() {
        TOKENS.close();
    }

    @BeforeAll
    void catalogueArrivesThroughEvents() throws Exception {
        catalogue.forEach(events::publish);
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from product") == catalogue.size());
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.current()
                .map(b -> b.catalogue().size() == catalogue.size()).orElse(false));
    }

    // ---------------------------------------------------------------- helpers

    HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    JsonNode problem(HttpResponse<String> r, int status, String... fields) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json.readTree(r.body());
        List<String> named = new ArrayList<>();
        if (body.has("errors")) {
            body.get("errors").forEach(e -> named.add(e.get("field").asString()));
        }
        assertThat(named).containsExactlyInAnyOrder(fields);
        return body;
    }

    String user(String id) {
        return TOKENS.token(id, List.of("USER"));
    }

    String admin() {
        return TOKENS.token(ADMIN, List.of("USER", "ADMIN"));
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    JsonNode recommendations(String userId, String query) throws Exception {
        return ok(send("GET", "/api/v1/recommendations" + query, null, user(userId)), 200);
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(i -> ids.add(i.get("product").get("id").asString()));
        return ids;
    }

    JsonNode train() throws Exception {
        return ok(send("POST", "/api/v1/recommendations/models/train", null, admin()), 200);
    }

    JsonNode like(String userId, List<String> products, String kind) throws Exception {
        List<Map<String, Object>> batch = products.stream().<Map<String, Object>>map(p -> Map.of("productId", p,
                "kind", kind)).toList();
        return ok(send("POST", "/api/v1/interactions", Map.of("interactions", batch), user(userId)), 201);
    }

    // ---------------------------------------------------------------- tests

    @Test
    @Order(1)
    void anonymousVisitorsGetTrendingAndSimilarButNotPersonalLists() throws Exception {
        JsonNode trained = train();
        assertThat(trained.get("products").asInt()).isEqualTo(catalogue.size());
        assertThat(trained.get("models").propertyNames()).contains("item-knn", "ials", "ease", "popularity");

        JsonNode trending = ok(send("GET", "/api/v1/trending?limit=5", null, null), 200);
        assertThat(trending.get("items")).hasSize(5);
        // nobody has interacted yet: the newest products, said so
        assertThat(trending.get("items").get(0).get("reasons").get(0).get("text").asString())
                .isEqualTo("New in the catalogue");

        JsonNode similar = ok(send("GET", "/api/v1/products/prod-007/similar?limit=4", null, null), 200);
        assertThat(ids(similar)).hasSize(4).doesNotContain("prod-007");
        JsonNode first = similar.get("items").get(0);
        assertThat(first.get("product").get("primaryColor").get("hex").asString()).matches("#[0-9a-f]{6}");
        assertThat(first.get("reasons").get(0).get("signal").asString()).isEqualTo("similar");

        problem(send("GET", "/api/v1/products/no-such-product/similar", null, null), 404);
        problem(send("GET", "/api/v1/products/prod-007/similar?limit=0", null, null), 400, "limit");
        problem(send("GET", "/api/v1/trending?limit=many", null, null), 400, "limit");
        problem(send("GET", "/api/v1/trending?category=spacesuits", null, null), 400, "category");
        assertThat(send("GET", "/api/v1/recommendations", null, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/v1/recommendations/rebuild", null, user("someone")).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aNewUserWithOnlyASkinAnalysisGetsPaletteRecommendationsWithExplanations() throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer(EventType.RECOMMENDATIONS_REFRESHED.topic())) {
            events.publish(TestCatalogue.deepAutumn(NEW_USER));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    count("select count(*) from user_palette where user_id = ?", NEW_USER) == 1);

            RecommendationsRefreshed refreshed = awaitEvent(consumer, RecommendationsRefreshed.class,
                    e -> e.userId().equals(NEW_USER));
            assertThat(refreshed.reason()).isEqualTo("palette");
            assertThat(refreshed.count()).isBetween(6, 20);
            assertThat(refreshed.modelVersion()).startsWith("itemknn-");
        }

        JsonNode list = recommendations(NEW_USER, "");
        assertThat(list.get("items")).hasSize(20);
        assertThat(list.get("algorithm").asString()).isEqualTo("item-knn");
        assertThat(list.get("experiment").isNull()).isTrue();
        for (JsonNode item : list.get("items")) {
            JsonNode reason = item.get("reasons").get(0);
            assertThat(reason.get("signal").asString()).isEqualTo("palette");
            assertThat(reason.get("text").asString())
                    .matches("(Matches|Close to|Related to) your Deep Autumn palette: .+, ΔE \\d+\\.\\d");
            assertThat(reason.get("season").asString()).isEqualTo("Deep Autumn");
            assertThat(reason.get("color").get("hex").asString()).matches("#[0-9a-f]{6}");
            assertThat(reason.get("deltaE").asDouble()).isLessThan(15);
            JsonNode product = item.get("product");
            assertThat(product.get("name").asString()).isNotBlank();
            assertThat(product.get("price").asDouble()).isPositive();
            assertThat(product.get("currency").asString()).isEqualTo("EUR");
        }
        paletteOnlyList = ids(list);
        assertThat(paletteOnlyList).doesNotContainAnyElementsOf(TestCatalogue.CLUSTER);

        // the list is now in Redis under the user's key (Spring may write it asynchronously)
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.hasKey("recommendation:recommendations::" + NEW_USER));
        double hits = cacheRequests("hit");
        double missesBefore = cacheRequests("miss");
        assertThat(ids(recommendations(NEW_USER, ""))).isEqualTo(paletteOnlyList);
        // Business metrics: the repeated request was a cache hit, timed with its latency histogram.
        assertThat(cacheRequests("hit")).isEqualTo(hits + 1);
        assertThat(cacheRequests("miss")).isEqualTo(missesBefore);
        Timer fromCache = meters.get("aifashion.recommendation.latency").tag("source", "cache").timer();
        assertThat(fromCache.count()).isPositive();
        assertThat(fromCache.takeSnapshot().histogramCounts()).hasSizeGreaterThan(7);
        assertThat(meters.get("aifashion.recommendation.latency").tag("source", "ranked").timer().count()).isPositive();
        assertThat(meters.get("aifashion.recommendation.model.version").gauge().value())
                .isEqualTo(registry.current().orElseThrow().trainedAt().getEpochSecond());
        assertThat(meters.find("aifashion.recommendation.training").timers()).isNotEmpty();

        JsonNode dresses = recommendations(NEW_USER, "?category=dresses&limit=5");
        assertThat(dresses.get("items")).hasSize(5);
        for (String id : ids(dresses)) {
            assertThat(catalogue.stream().filter(p -> p.productId().equals(id)).findFirst().orElseThrow()
                    .articleType()).isEqualTo("Dresses");
        }
        problem(send("GET", "/api/v1/recommendations?category=spacesuits", null, user(NEW_USER)), 400, "category");
        problem(send("GET", "/api/v1/recommendations?limit=101", null, user(NEW_USER)), 400, "limit");
    }

    @Test
    @Order(3)
    void badInteractionsAreRejectedNamingEveryFieldAndChangeNothing() throws Exception {
        long before = count("select count(*) from interaction");
        problem(send("POST", "/api/v1/interactions", Map.of("productId", "prod-001", "kind", "wink"),
                user(NEW_USER)), 400, "kind");
        problem(send("POST", "/api/v1/interactions", Map.of("interactions", List.of(
                Map.of("productId", "prod-001", "kind", "like"),
                Map.of("productId", "no-such-product", "kind", "like"),
                Map.of("productId", "prod-002", "kind", "view", "occurredAt", "yesterday"),
                Map.of("productId", "prod-003", "kind", "view", "colour", "red"))), user(NEW_USER)),
                400, "interactions[1].productId", "interactions[2].occurredAt", "interactions[3].colour");
        problem(send("POST", "/api/v1/interactions", Map.of("productId", "prod-001", "kind", "like",
                "occurredAt", "2099-01-01T00:00:00Z"), user(NEW_USER)), 400, "occurredAt");
        problem(send("POST", "/api/v1/interactions", Map.of("interactions", List.of()), user(NEW_USER)), 400,
                "interactions");
        problem(send("POST", "/api/v1/interactions", "[1, 2]", user(NEW_USER)), 400, "body");
        problem(send("POST", "/api/v1/interactions", "{not json", user(NEW_USER)), 400);
        assertThat(send("POST", "/api/v1/interactions", Map.of("productId", "prod-001", "kind", "like"), null)
                .statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from interaction")).isEqualTo(before);
        assertThat(count("select count(*) from user_item where user_id = ?", NEW_USER)).isZero();
        // the cached list survived the rejected requests
        assertThat(redis.hasKey("recommendation:recommendations::" + NEW_USER)).isTrue();
    }

    @Test
    @Order(4)
    void afterLikesCollaborativeSignalsChangeTheList() throws Exception {
        // 30 shoppers like the six icy tees together (and two products of their own)
        for (int u = 0; u < LIKERS; u++) {
            List<String> liked = new ArrayList<>(TestCatalogue.CLUSTER);
            liked.add(String.format("prod-%03d", (u * 7) % TestCatalogue.GENERATED));
            liked.add(String.format("prod-%03d", (u * 11 + 3) % TestCatalogue.GENERATED));
            JsonNode recorded = like("liker-" + u, liked, u % 3 == 0 ? "purchase" : "like");
            assertThat(recorded.get("interactions")).hasSize(8);
        }
        // the new user likes two of them; the first like evicts their cached lists
        UUID retried = UUID.randomUUID();
        JsonNode mine = ok(send("POST", "/api/v1/interactions", Map.of("interactions", List.of(
                Map.of("id", retried.toString(), "productId", "cluster-1", "kind", "like"),
                Map.of("productId", "cluster-2", "kind", "like"))), user(NEW_USER)), 201);
        assertThat(mine.get("interactions").get(0).get("status").asString()).isEqualTo("recorded");
        assertThat(redis.hasKey("recommendation:recommendations::" + NEW_USER)).isFalse();
        // sending the same id again changes nothing
        JsonNode again = ok(send("POST", "/api/v1/interactions", Map.of("id", retried.toString(),
                "productId", "cluster-1", "kind", "like"), user(NEW_USER)), 201);
        assertThat(again.get("interactions").get(0).get("status").asString()).isEqualTo("duplicate");
        assertThat(count("select count(*) from interaction where user_id = ?", NEW_USER)).isEqualTo(2);
        assertThat(count("select count(*) from user_item where user_id = ? and weight = 4", NEW_USER)).isEqualTo(2);

        JsonNode trained = train();
        assertThat(trained.get("positives").asInt()).isEqualTo(LIKERS * 8 + 2);

        JsonNode list = recommendations(NEW_USER, "");
        List<String> after = ids(list);
        assertThat(after).doesNotContain("cluster-1", "cluster-2")
                .containsAll(TestCatalogue.CLUSTER.subList(2, 6));
        assertThat(after).isNotEqualTo(paletteOnlyList);
        int collaborative = 0;
        for (JsonNode item : list.get("items")) {
            if (!TestCatalogue.CLUSTER.contains(item.get("product").get("id").asString())) {
                continue;
            }
            JsonNode reason = item.get("reasons").get(0);
            assertThat(reason.get("signal").asString()).isEqualTo("collaborative");
            assertThat(reason.get("basis").asString()).isEqualTo("people-also-liked");
            assertThat(reason.get("text").asString())
                    .isIn("People who liked Ice Pink Tee also liked this", "People who liked Ice Blue Tee also liked this");
            assertThat(reason.get("relatedProducts").get(0).get("id").asString()).isIn("cluster-1", "cluster-2");
            collaborative++;
        }
        assertThat(collaborative).isEqualTo(4);
        // the palette still explains the rest of the list
        assertThat(list.get("items")).anySatisfy(i ->
                assertThat(i.get("reasons").get(0).get("signal").asString()).isEqualTo("palette"));
    }

    @Test
    @Order(5)
    void replayingTheInteractionLogRebuildsIdenticalRecommendations() throws Exception {
        List<String> users = List.of(NEW_USER, "liker-0", "liker-1");
        List<JsonNode> before = new ArrayList<>();
        for (String u : users) {
            before.add(recommendations(u, "?limit=15"));
        }
        List<Map<String, Object>> readModel = jdbc.sql("select * from user_item order by user_id, product_id")
                .query().listOfRows();
        long logSize = count("select count(*) from interaction");

        JsonNode rebuilt = ok(send("POST", "/api/v1/recommendations/rebuild", null, admin()), 200);
        assertThat(rebuilt.get("replayedInteractions").asLong()).isEqualTo(logSize);
        assertThat(rebuilt.get("userProductPairs").asLong()).isEqualTo(readModel.size());
        assertThat(redis.hasKey("recommendation:recommendations::" + NEW_USER)).isFalse();
        assertThat(jdbc.sql("select * from user_item order by user_id, product_id").query().listOfRows())
                .isEqualTo(readModel);

        for (int k = 0; k < users.size(); k++) {
            JsonNode after = recommendations(users.get(k), "?limit=15");
            assertThat(after.get("modelVersion")).isEqualTo(before.get(k).get("modelVersion"));
            assertThat(after.get("items")).as("list of %s", users.get(k)).isEqualTo(before.get(k).get("items"));
        }
        assertThat(before.get(1).get("items")).isNotEmpty();
    }

    @Test
    @Order(6)
    void trendingAndSimilarReflectWhatShoppersDid() throws Exception {
        JsonNode trending = ok(send("GET", "/api/v1/trending?limit=6", null, null), 200);
        assertThat(ids(trending)).containsExactlyInAnyOrderElementsOf(TestCatalogue.CLUSTER);
        JsonNode top = trending.get("items").get(0);
        assertThat(top.get("reasons").get(0).get("text").asString()).matches("Trending: \\d+ shoppers this week");
        assertThat(top.get("reasons").get(0).get("shoppers").asInt()).isBetween(LIKERS, LIKERS + 1);

        JsonNode similar = ok(send("GET", "/api/v1/products/cluster-3/similar?limit=5", null, null), 200);
        assertThat(ids(similar)).containsAll(List.of("cluster-1", "cluster-2", "cluster-4", "cluster-5", "cluster-6"));
        assertThat(similar.get("items").get(0).get("reasons").get(0).get("text").asString())
                .isEqualTo("People who liked Ice Lilac Tee also liked this");
    }

    @Test
    @Order(7)
    void aStatedGenderNarrowsTheList() throws Exception {
        String man = "man-" + UUID.randomUUID();
        events.publish(new PreferencesChanged(man, "male", List.of("EU:50"), null, null, null, List.of(), List.of(),
                List.of(), false, false, false));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from user_preferences where user_id = ?", man) == 1);
        JsonNode list = recommendations(man, "?limit=40");
        assertThat(list.get("items")).hasSize(40);
        Set<String> women = new HashSet<>();
        catalogue.stream().filter(p -> p.gender().equals("women")).forEach(p -> women.add(p.productId()));
        assertThat(ids(list)).doesNotContainAnyElementsOf(women);
    }

    @Test
    @Order(8)
    void experimentsAssignVariantsRecordExposuresAndConversions() throws Exception {
        Map<String, Object> definition = Map.of("name", "knn vs ials", "variants", List.of(
                Map.of("name", "control", "algorithm", "item-knn", "trafficPercent", 50),
                Map.of("name", "ials", "algorithm", "ials", "diversity", 0.5, "trafficPercent", 50)));
        assertThat(send("POST", "/api/v1/experiments", definition, user(NEW_USER)).statusCode()).isEqualTo(403);
        problem(send("POST", "/api/v1/experiments", Map.of("name", "bad", "variants", List.of(
                Map.of("name", "control", "algorithm", "item-knn", "trafficPercent", 50),
                Map.of("name", "x", "algorithm", "deep-learning", "trafficPercent", 150))), admin()), 400,
                "variants[1].algorithm", "variants[1].trafficPercent");
        problem(send("POST", "/api/v1/experiments", Map.of("name", "too much", "variants", List.of(
                Map.of("name", "a", "algorithm", "item-knn", "trafficPercent", 60),
                Map.of("name", "b", "algorithm", "ials", "trafficPercent", 60))), admin()), 400, "variants");

        HttpResponse<String> created = send("POST", "/api/v1/experiments", definition, admin());
        JsonNode experiment = ok(created, 201);
        String id = experiment.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/experiments/" + id);
        assertThat(experiment.get("status").asString()).isEqualTo("running");
        problem(send("POST", "/api/v1/experiments", definition, admin()), 409);

        int bucket = Experiment.bucket(UUID.fromString(id), NEW_USER);
        String expected = bucket < 50 ? "control" : "ials";
        JsonNode list = recommendations(NEW_USER, "");
        assertThat(list.get("experiment").get("id").asString()).isEqualTo(id);
        assertThat(list.get("experiment").get("variant").asString()).isEqualTo(expected);
        assertThat(list.get("algorithm").asString()).isEqualTo(expected.equals("control") ? "item-knn" : "ials");
        assertThat(count("select count(*) from experiment_exposed_item where user_id = ?", NEW_USER))
                .isEqualTo(list.get("items").size());

        String shown = ids(list).get(3);
        JsonNode click = like(NEW_USER, List.of(shown), "click");
        assertThat(click.get("interactions").get(0).get("experiment").get("variant").asString()).isEqualTo(expected);
        assertThat(jdbc.sql("select variant from interaction where user_id = ? and product_id = ? and kind = 'click'")
                .param(NEW_USER).param(shown).query(String.class).single()).isEqualTo(expected);
        like(NEW_USER, List.of("prod-299"), "click"); // not shown: no conversion
        like(NEW_USER, List.of(shown), "purchase");

        JsonNode results = ok(send("GET", "/api/v1/experiments/" + id + "/results", null, admin()), 200);
        JsonNode arm = null;
        for (JsonNode v : results.get("variants")) {
            if (v.get("name").asString().equals(expected)) {
                arm = v;
            }
        }
        assertThat(arm).isNotNull();
        assertThat(arm.get("exposedUsers").asLong()).isEqualTo(1);
        assertThat(arm.get("clickedUsers").asLong()).isEqualTo(1);
        assertThat(arm.get("purchasedUsers").asLong()).isEqualTo(1);
        assertThat(results.get("comparisons")).hasSize(2);

        JsonNode stopped = ok(send("POST", "/api/v1/experiments/" + id + "/stop", null, admin()), 200);
        assertThat(stopped.get("status").asString()).isEqualTo("stopped");
        assertThat(recommendations(NEW_USER, "").get("experiment").isNull()).isTrue();
        problem(send("GET", "/api/v1/experiments/" + UUID.randomUUID() + "/results", null, admin()), 404);
        problem(send("GET", "/api/v1/experiments/not-a-uuid", null, admin()), 400, "id");
    }

    /**
     * Known counts, the hand computation in ExperimentStatisticsTest: click-through 100/1000 vs 130/1000
     * gives z = 2.10274, p = 0.0354885; conversion 20/1000 vs 35/1000 gives z = 2.05100, p = 0.040267.
     */
    @Test
    @Order(9)
    void resultsCarryTheTwoProportionTestOfKnownCounts() throws Exception {
        JsonNode experiment = ok(send("POST", "/api/v1/experiments", Map.of("name", "known counts", "variants",
                List.of(Map.of("name", "control", "algorithm", "item-knn", "trafficPercent", 50),
                        Map.of("name", "treatment", "algorithm", "ials", "trafficPercent", 50))), admin()), 201);
        UUID id = UUID.fromString(experiment.get("id").asString());
        seedArm(id, "control", 1000, 100, 20);
        seedArm(id, "treatment", 1000, 130, 35);

        JsonNode results = ok(send("GET", "/api/v1/experiments/" + id + "/results", null, admin()), 200);
        JsonNode treatment = results.get("variants").get(1);
        assertThat(treatment.get("exposedUsers").asLong()).isEqualTo(1000);
        assertThat(treatment.get("clickThroughRate").asDouble()).isEqualTo(0.13);
        assertThat(treatment.get("conversionRate").asDouble()).isEqualTo(0.035);
        JsonNode ctr = results.get("comparisons").get(0);
        assertThat(ctr.get("metric").asString()).isEqualTo("click-through");
        assertThat(ctr.get("z").asDouble()).isEqualTo(2.10274, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(ctr.get("pValue").asDouble()).isEqualTo(0.0354885, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(ctr.get("significant").asBoolean()).isTrue();
        JsonNode conversion = results.get("comparisons").get(1);
        assertThat(conversion.get("z").asDouble()).isEqualTo(2.05100, org.assertj.core.api.Assertions.within(1e-5));
        assertThat(conversion.get("pValue").asDouble()).isEqualTo(0.040267, org.assertj.core.api.Assertions.within(1e-6));
        ok(send("POST", "/api/v1/experiments/" + id + "/stop", null, admin()), 200);
    }

    void seedArm(UUID experiment, String variant, int exposed, int clicked, int purchased) {
        for (int u = 0; u < exposed; u++) {
            String user = variant + "-user-" + u;
            jdbc.sql("insert into experiment_exposure values (?, ?, ?, now(), now())")
                    .param(experiment).param(user).param(variant).update();
            if (u < clicked) {
                conversion(experiment, user, variant, "click");
            }
            if (u < purchased) {
                conversion(experiment, user, variant, "purchase");
            }
        }
    }

    void conversion(UUID experiment, String user, String variant, String kind) {
        jdbc.sql("insert into experiment_conversion values (?, ?, ?, 'prod-001', ?, ?, now())")
                .param(experiment).param(UUID.randomUUID()).param(user).param(variant).param(kind).update();
    }

    @Test
    @Order(10)
    void aProductGoingOutOfStockLeavesListsWithoutRetraining() throws Exception {
        JsonNode before = recommendations(NEW_USER, "");
        String gone = ids(before).get(0);
        String version = before.get("modelVersion").asString();
        ProductUpserted product = catalogue.stream().filter(p -> p.productId().equals(gone)).findFirst().orElseThrow();
        events.publish(TestCatalogue.outOfStock(product));
        await().atMost(Duration.ofSeconds(60)).until(() -> registry.current().map(b ->
                !b.catalogue().inStock(b.catalogue().indexOf(gone).orElseThrow())).orElse(false));
        JsonNode after = recommendations(NEW_USER, "");
        assertThat(ids(after)).doesNotContain(gone);
        assertThat(after.get("modelVersion").asString()).isEqualTo(version);
    }

    @Test
    @Order(11)
    void deletingAnAccountPurgesEveryRowAboutTheUser() throws Exception {
        JsonNode export = ok(send("GET", "/internal/privacy/export", null, user(NEW_USER)), 200);
        assertThat(export.get("data").get("interactions").size()).isGreaterThanOrEqualTo(4);
        assertThat(export.get("data").get("recommendationProfile").get("palette").get("season").asString())
                .isEqualTo("Deep Autumn");
        assertThat(export.get("data").get("experiments").get("exposures")).isNotEmpty();

        events.publish(new UserDeleted(NEW_USER));
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("select count(*) from interaction where user_id = ?", NEW_USER) == 0);
        for (String table : List.of("user_item", "user_palette", "user_preferences", "experiment_exposure",
                "experiment_exposed_item", "experiment_conversion")) {
            assertThat(count("select count(*) from " + table + " where user_id = ?", NEW_USER)).as(table).isZero();
        }
        assertThat(redis.hasKey("recommendation:recommendations::" + NEW_USER)).isFalse();
        JsonNode empty = ok(send("GET", "/internal/privacy/export", null, user(NEW_USER)), 200);
        assertThat(empty.get("data").get("interactions")).isEmpty();
        assertThat(empty.get("data").get("recommendationProfile").get("palette").isNull()).isTrue();
    }

    // ---------------------------------------------------------------- Kafka

    KafkaConsumer<String, String> consumer(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafka().bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    <T extends io.aifashion.events.EventPayload> T awaitEvent(KafkaConsumer<String, String> consumer, Class<T> type,
                                                               java.util.function.Predicate<T> wanted) {
        EventCodec codec = new EventCodec();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                T event = codec.payload(codec.fromJson(record.value()), type);
                if (wanted.test(event)) {
                    return event;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " arrived within a minute");
    }
}
