package io.aifashion.bench.failure;

import io.aifashion.bench.load.Selfies;
import io.aifashion.bench.load.Shopper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Background shopper traffic during a fault: a fixed arrival rate (open loop: requests are sent on
 * schedule whether or not earlier ones have answered) over a mix of routes owned by different
 * services, including writes that publish events (analyses, interactions). Every answer is
 * counted by phase, route and outcome (status code, {@code timeout}, {@code connection-error}).
 */
final class Traffic implements AutoCloseable {

    /** One route of the mix; {@code weight} out of the sum of weights. */
    enum Route {
        RECOMMENDATIONS(6), PRODUCT_LIST(4), PRODUCT_DETAIL(4), SEASON_PALETTE(3), INTERACTION(4), ANALYSIS(1);

        final int weight;

        Route(int weight) {
            this.weight = weight;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newFixedThreadPool(8)).build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final String gateway;
    private final List<Shopper> shoppers;
    private final List<String> productIds;
    private final Selfies selfies;
    private final String runId;
    private final Route[] wheel;
    private final AtomicLong sent = new AtomicLong();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentHistogram> latencies = new ConcurrentHashMap<>();
    private final Map<Route, AtomicLong> lastFailureNanos = new ConcurrentHashMap<>();
    private final Map<Route, String> lastProblemType = new ConcurrentHashMap<>();
    private volatile String phase = "before";

    Traffic(String gateway, List<Shopper> shoppers, List<String> productIds, Selfies selfies, String runId) {
        this.gateway = gateway;
        this.shoppers = List.copyOf(shoppers);
        this.productIds = List.copyOf(productIds);
        this.selfies = selfies;
        this.runId = runId;
        this.wheel = java.util.Arrays.stream(Route.values())
                .flatMap(r -> java.util.stream.Stream.generate(() -> r).limit(r.weight)).toArray(Route[]::new);
        for (Route r : Route.values()) {
            lastFailureNanos.put(r, new AtomicLong());
        }
    }

    void start(int perSecond) {
        long periodMicros = 1_000_000L / perSecond;
        clock.scheduleAtFixedRate(this::sendOne, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Answers from now on are counted under this phase. */
    void phase(String name) {
        this.phase = name;
    }

    private void sendOne() {
        long n = sent.getAndIncrement();
        Route route = wheel[(int) (n % wheel.length)];
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Shopper s = shoppers.get(r.nextInt(shoppers.size()));
        String product = productIds.get(r.nextInt(productIds.size()));
        HttpRequest.Builder b = switch (route) {
            case RECOMMENDATIONS -> get("/api/v1/recommendations?limit=20");
            case PRODUCT_LIST -> get("/api/v1/products?category=Topwear&limit=24");
            case PRODUCT_DETAIL -> get("/api/v1/products/" + product);
            case SEASON_PALETTE -> get("/api/v1/seasons/deep-autumn/palette");
            case INTERACTION -> post("/api/v1/interactions", "application/json",
                    ("{\"productId\":\"" + product + "\",\"kind\":\"" + (n % 3 == 0 ? "like" : "view") + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
            case ANALYSIS -> multipart(selfies.upload(n, runId));
        };
        String phaseAtSend = phase;
        long t0 = System.nanoTime();
        http.sendAsync(b.header("Authorization", "Bearer " + s.accessToken()).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString())
                .whenComplete((resp, err) -> {
                    String outcome;
                    if (err != null) {
                        outcome = err instanceof java.net.http.HttpTimeoutException
                                || err.getCause() instanceof java.net.http.HttpTimeoutException ? "timeout" : "connection-error";
                        lastProblemType.putIfAbsent(route, "no answer: " + err);
                    } else {
                        outcome = String.valueOf(resp.statusCode());
                        if (resp.statusCode() >= 400) {
                            String type = resp.headers().firstValue("Content-Type").orElse("?");
                            String slug = resp.body().replaceAll("(?s).*\"type\"\\s*:\\s*\"[^\"]*/problems/([^\"]+)\".*", "$1");
                            lastProblemType.put(route, resp.statusCode() + " " + type + " " + (slug.length() < 60 ? slug : ""));
                        }
                    }
                    if (err != null || resp.statusCode() >= 500) {
                        lastFailureNanos.get(route).accumulateAndGet(t0, Math::max);
                    }
                    outcomes.computeIfAbsent(phaseAtSend + "|" + route + "|" + outcome, k -> new LongAdder()).increment();
                    latencies.computeIfAbsent(phaseAtSend + "|" + route, k -> new ConcurrentHistogram(3))
                            .recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                });
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Accept", "application/json").GET();
    }

    private HttpRequest.Builder post(String path, String type, byte[] body) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).header("Content-Type", type)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder multipart(byte[] jpeg) {
        String boundary = "----aifashion" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"selfie.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + jpeg.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jpeg, 0, body, head.length, jpeg.length);
        System.arraycopy(tail, 0, body, head.length + jpeg.length, tail.length);
        return post("/api/v1/analyses", "multipart/form-data; boundary=" + boundary, body);
    }

    /** Outcome counts of one phase: route → (outcome → count). */
    Map<Route, Map<String, Long>> outcomes(String phaseName) {
        Map<Route, Map<String, Long>> out = new TreeMap<>();
        outcomes.forEach((k, v) -> {
            String[] p = k.split("\\|");
            if (p[0].equals(phaseName)) {
                out.computeIfAbsent(Route.valueOf(p[1]), x -> new TreeMap<>()).put(p[2], v.sum());
            }
        });
        return out;
    }

    /** Latency of every answer (any outcome) of a route in a phase, in microseconds; null if none. */
    ConcurrentHistogram latency(String phaseName, Route route) {
        return latencies.get(phaseName + "|" + route);
    }

    /** When the route last failed (5xx or no answer), as System.nanoTime of the request; 0 if never. */
    long lastFailureNanos(Route route) {
        return lastFailureNanos.get(route).get();
    }

    /** The last error answer of the route ({@code status content-type problem-slug}). */
    String lastProblem(Route route) {
        return lastProblemType.getOrDefault(route, "-");
    }

    @Override
    public void close() throws InterruptedException {
        clock.shutdownNow();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(11_000); // let requests in flight (10 s timeout) be counted
    }
}
