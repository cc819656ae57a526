package io.aifashion.bench.load;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The shopper journey through the gateway (issue #10): a signed-in shopper analyses a selfie,
 * looks at the season's palette and matches colours against it, gets recommendations, browses
 * (a filtered list, a product, a colour search), records interactions and gets the refreshed
 * recommendations. Open workload: journeys arrive at {@code load.rate} per second whatever the
 * system's state (ramped over {@code load.rampSeconds}, held for {@code load.seconds}), so a
 * saturated system shows as growing latency and errors, not as a politely slower client.
 * Run with bench/load/run.sh.
 */
public class ShopperJourneySimulation extends Simulation {

    private static final List<String> CATEGORIES = List.of("Topwear", "Bottomwear", "Dress", "Footwear", "Tshirts", "Shirts");
    private static final List<String> GENDERS = List.of("women", "men");

    private final LoadSettings settings = LoadSettings.fromSystemProperties(100, 1);
    private final List<Shopper> shoppers = ShopperAccounts.create(settings, "journey");
    private final Selfies selfies = new Selfies(settings.facesDir(), settings.uniquePhotos());
    private final AtomicLong uploads = new AtomicLong();

    private final Iterator<Map<String, Object>> visitors = Stream.generate(() -> {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Shopper s = shoppers.get(r.nextInt(shoppers.size()));
        return Map.<String, Object>of("token", s.accessToken(),
                "category", CATEGORIES.get(r.nextInt(CATEGORIES.size())),
                "gender", GENDERS.get(r.nextInt(GENDERS.size())));
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .acceptHeader("application/json")
            .header("Authorization", "Bearer #{token}")
            .shareConnections()
            .disableCaching();

    private final EndpointStats stats = new EndpointStats(System.currentTimeMillis() + settings.rampSeconds() * 1000L);

    private final ScenarioBuilder journey = scenario("shopper journey")
            .feed(visitors)
            .exec(stats.timed("POST /analyses (selfie)", http("analyse selfie").post("/api/v1/analyses")
                    .asMultipartForm()
                    .bodyPart(ByteArrayBodyPart("image", session -> selfies.upload(uploads.getAndIncrement(), settings.runId()))
                            .fileName("selfie.jpg").contentType("image/jpeg")),
                    status().is(201), jsonPath("$.faces[0].season").optional().saveAs("season")))
            .doIf(session -> session.getString("season") != null).then(
                    stats.timed("GET /seasons/{season}/palette", http("season palette").get("/api/v1/seasons/#{season}/palette"),
                            status().is(200), jsonPath("$.wearable[*].hex").findRandom().saveAs("hex")))
            .doIf(session -> session.getString("season") != null).then(
                    stats.timed("POST /colors/match", http("match colours").post("/api/v1/colors/match")
                            .body(StringBody("{\"season\":\"#{season}\",\"colors\":[{\"hex\":\"#1f2a44\"},{\"hex\":\"#c0392b\"},{\"hex\":\"#556b2f\"},{\"hex\":\"#f5f5dc\"}]}"))
                            .asJson(), status().is(200)))
            .exec(stats.timed("GET /recommendations", http("recommendations").get("/api/v1/recommendations?limit=20"), status().is(200)))
            .exec(stats.timed("GET /products (filtered)", http("browse list")
                    .get("/api/v1/products?category=#{category}&gender=#{gender}&inStock=true&limit=24"),
                    status().is(200), jsonPath("$.items[*].product.id").findRandom().saveAs("productId")))
            .doIf(session -> session.getString("productId") != null).then(
                    stats.timed("GET /products/{id}", http("product detail").get("/api/v1/products/#{productId}"), status().is(200)))
            .doIf(session -> session.getString("hex") != null).then(
                    stats.timed("GET /products/search/by-color", http("colour search").get(session -> "/api/v1/products/search/by-color?hex="
                            + session.getString("hex").replace("#", "%23") + "&maxDeltaE=10&limit=24"), status().is(200)))
            .doIf(session -> session.getString("productId") != null).then(
                    stats.timed("POST /interactions", http("record interactions").post("/api/v1/interactions")
                            .body(StringBody("{\"interactions\":[{\"productId\":\"#{productId}\",\"kind\":\"view\"},"
                                    + "{\"productId\":\"#{productId}\",\"kind\":\"like\"}]}"))
                            .asJson(), status().is(201)))
            .exec(stats.timed("GET /recommendations (after interactions)", http("recommendations after")
                    .get("/api/v1/recommendations?limit=20"), status().is(200)));

    {
        setUp(journey.injectOpen(
                rampUsersPerSec(settings.rate() / 10).to(settings.rate()).during(Duration.ofSeconds(settings.rampSeconds())),
                constantUsersPerSec(settings.rate()).during(Duration.ofSeconds(settings.seconds()))))
                .protocols(protocol);
    }

    @Override
    public void after() {
        stats.reportRun(getClass().getSimpleName(), settings);
    }
}
