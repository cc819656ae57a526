package io.aifashion.launcher.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.kit.embedded.EmbeddedRedisServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operator's fault switch on real embedded servers: Redis stops and starts, PostgreSQL restarts. */
class FaultSwitchTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stopsAndStartsRedisAndRestartsPostgresOnTheirPorts() throws Exception {
        int redisPort = freePort();
        int switchPort = freePort();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0);
             EmbeddedRedisServer redis = EmbeddedRedisServer.start(redisPort, null);
             FaultSwitch sw = FaultSwitch.start(switchPort, new ClusterFaults(null, redis, postgres, List.of(), Map.of()))) {

            assertThat(post(switchPort, "/faults/redis/stop").body()).contains("\"fault\":\"redis\"", "\"action\":\"stop\"");
            assertThat(accepts(redisPort)).isFalse();
            assertThat(post(switchPort, "/faults/redis/start").statusCode()).isEqualTo(200);
            assertThat(accepts(redisPort)).isTrue();

            int before = backendPid(postgres);
            long postmaster = postmasterPid(postgres);
            assertThat(post(switchPort, "/faults/postgres/restart").statusCode()).isEqualTo(200);
            assertThat(postmasterPid(postgres)).isNotEqualTo(postmaster);
            assertThat(backendPid(postgres)).isNotEqualTo(before);

            assertThat(post(switchPort, "/faults/services/no-such-service/stop").statusCode()).isEqualTo(404);
            assertThat(post(switchPort, "/faults/kafka/explode").statusCode()).isEqualTo(404);
            var get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + switchPort + "/faults/redis/stop")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(405);
        }
    }

    private HttpResponse<String> post(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int backendPid(EmbeddedPostgresServer pg) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), "");
             ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static long postmasterPid(EmbeddedPostgresServer pg) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.username(), "");
             ResultSet rs = c.createStatement().executeQuery("select pid from pg_stat_activity where backend_type = 'checkpointer'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
