package io.aifashion.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
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
            .exec(timed("GET /recommendations (warm)", http("recommendations").get("/api/v1/recommendations?limit=20"),
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

    /** The request, timed into {@link #stats} under its name (all outcomes), then checked. */
    private ChainBuilder timed(String name, HttpRequestActionBuilder request, CheckBuilder... checks) {
        List<CheckBuilder> all = new java.util.ArrayList<>(List.of(responseTimeInMillis().saveAs("rt"), status().saveAs("st")));
        all.addAll(List.of(checks));
        return exec(request.check(all)).exec(session -> {
            if (session.contains("rt")) {
                int st = session.contains("st") ? session.getInt("st") : 0;
                stats.record(name, session.getLong("rt"), st > 0 && st < 400);
            }
            return session.remove("rt").remove("st");
        });
    }

    @Override
    public void after() {
        stats.report(getClass().getSimpleName() + String.format(java.util.Locale.ROOT, ", %.1f/s for %d s",
                settings.rate(), settings.seconds()), java.nio.file.Path.of(System.getProperty("load.out", "bench/target/gatling"), getClass().getSimpleName() + "-"
                + settings.runId() + ".md"));
    }
}
