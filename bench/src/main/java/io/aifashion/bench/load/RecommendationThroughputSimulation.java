package io.aifashion.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Issue #6's gateway figure: {@code GET /api/v1/recommendations} for a set of users through the
 * gateway with the cache warm (each user's list is fetched once before the measured part, so it
 * is in Redis). Open workload at {@code load.rate} requests per second; the gateway's rate
 * limiter stays in the path at its defaults (each user stays far below 50/s).
 */
public class RecommendationThroughputSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties(200, 500);
    private final List<Shopper> shoppers = warm(ShopperAccounts.create(settings, "recs"));

    private final Iterator<Map<String, Object>> callers = Stream.generate(() -> Map.<String, Object>of("token",
            shoppers.get(ThreadLocalRandom.current().nextInt(shoppers.size())).accessToken())).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl())
            .acceptHeader("application/json")
            .header("Authorization", "Bearer #{token}")
            .shareConnections()
            .disableCaching();

    private final EndpointStats stats = new EndpointStats(System.currentTimeMillis() + settings.rampSeconds() * 1000L);

    private final ScenarioBuilder recommendations = scenario("recommendations, warm cache")
            .feed(callers)
            .exec(stats.timed("GET /recommendations (warm)", http("recommendations").get("/api/v1/recommendations?limit=20"),
                    status().is(200)));

    {
        setUp(recommendations.injectOpen(
                rampUsersPerSec(settings.rate() / 10).to(settings.rate()).during(Duration.ofSeconds(settings.rampSeconds())),
                constantUsersPerSec(settings.rate()).during(Duration.ofSeconds(settings.seconds()))))
                .protocols(protocol);
    }

    /** Fetches every user's list twice, so the measured requests are cache hits. */
    private List<Shopper> warm(List<Shopper> list) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            for (int round = 0; round < 2; round++) {
                for (Shopper s : list) {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl()
                                    + "/api/v1/recommendations?limit=20")).header("Authorization", "Bearer " + s.accessToken())
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("warming " + s.email() + ": HTTP " + r.statusCode());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return list;
    }

    @Override
    public void after() {
        stats.reportRun(getClass().getSimpleName(), settings);
    }
}
