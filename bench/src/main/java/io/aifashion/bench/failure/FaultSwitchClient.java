package io.aifashion.bench.failure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the launcher's loopback fault switch ({@code serve --fault-switch-port}). */
final class FaultSwitchClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    FaultSwitchClient(String base) {
        this.base = base;
    }

    /** e.g. {@code fault("kafka/stop")}, {@code fault("services/product-service/stop")}; returns the answer. */
    String fault(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/faults/" + path))
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("fault " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
