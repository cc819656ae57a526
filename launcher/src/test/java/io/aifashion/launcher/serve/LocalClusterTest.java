package io.aifashion.launcher.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The one-JVM cluster: everything comes up, is reachable through the gateway, and stops. */
class LocalClusterTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryPartAndServesHealthThroughTheGateway() throws Exception {
        int base = freeRange(7);
        ClusterSettings settings = new ClusterSettings(null, base + 6, base, freePort(), freePort(), freePort(),
                false, false);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (LocalCluster cluster = new LocalCluster(settings,
                new StatusLine(new PrintStream(console, true, StandardCharsets.UTF_8)))) {
            cluster.checkPorts();
            cluster.start();

            String out = console.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("postgres", "kafka", "redis", "gateway");
            for (ServicePart s : ServiceCatalog.services()) {
                assertThat(out).contains(s.name());
                var health = get(settings.gatewayPort(), "/services/" + s.name() + "/health/readiness");
                assertThat(health.statusCode()).as(s.name()).isEqualTo(200);
                assertThat(health.body()).contains("UP");
            }
            var gateway = get(settings.gatewayPort(), "/actuator/health");
            assertThat(gateway.statusCode()).isEqualTo(200);
            assertThat(gateway.body()).contains("\"status\":\"UP\"");
        }
        // Everything released its port.
        assertThatPortIsFree(base + 6);
        assertThatPortIsFree(settings.postgresPort());
    }

    @Test
    void aTakenPortIsNamedWithTheFlagThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ClusterSettings settings = new ClusterSettings(null, taken.getLocalPort(), freeRange(7), freePort(),
                    freePort(), freePort(), false, false);
            LocalCluster cluster = new LocalCluster(settings, new StatusLine(System.out));
            assertThatThrownBy(cluster::checkPorts)
                    .isInstanceOf(PortConflictException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("gateway")
                    .hasMessageContaining("--port");
        }
    }

    HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void assertThatPortIsFree(int port) throws IOException {
        try (ServerSocket s = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(s.getLocalPort()).isEqualTo(port);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The first of {@code n} consecutive free ports. */
    static int freeRange(int n) {
        for (int attempt = 0; attempt < 200; attempt++) {
            // Below Linux's ephemeral range (32768+), where outgoing connections would take ports
            // between this check and the services binding them.
            int start = ThreadLocalRandom.current().nextInt(20000, 32000);
            boolean ok = true;
            for (int p = start; p < start + n && ok; p++) {
                try (ServerSocket s = new ServerSocket(p, 50, InetAddress.getLoopbackAddress())) {
                    s.setReuseAddress(true);
                } catch (IOException e) {
                    ok = false;
                }
            }
            if (ok) {
                return start;
            }
        }
        throw new IllegalStateException("no free port range");
    }
}
