package io.aifashion.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command against a local HTTP server standing in for the gateway. */
class RebuildRecommendationsCommandTest {

    HttpServer server;
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/recommendations/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            String body = status != 200
                    ? "{\"type\":\"https://aifashion.io/problems/forbidden\",\"status\":403,\"detail\":\"You do not have permission to do this.\"}"
                    : exchange.getRequestURI().getPath().endsWith("/rebuild")
                    ? "{\"replayedInteractions\":1200,\"users\":40,\"userProductPairs\":900,\"tookMillis\":350,\"models\":{}}"
                    : "{\"products\":300,\"users\":40,\"positives\":900,\"tookMillis\":1200,\"models\":{\"item-knn\":\"itemknn-1\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new AdminCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void rebuildsAndOptionallyRetrainsWithTheAdminToken() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "rebuild-recommendations", "--server", url() + "/", "--token", "jwt-1", "--train");
        assertThat(code).as(err.toString()).isZero();
        assertThat(calls).containsExactly("POST /api/v1/recommendations/rebuild Bearer jwt-1",
                "POST /api/v1/recommendations/models/train Bearer jwt-1");
        assertThat(out.toString()).contains("replayed 1200 interactions of 40 users into 900 user-product pairs in 0.4 s")
                .contains("trained models over 300 products and 40 users in 1.2 s");
    }

    @Test
    void aRefusalIsReportedWithTheServersDetail() {
        status = 403;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "rebuild-recommendations", "--server", url(), "--token", "user-jwt")).isEqualTo(1);
        assertThat(err.toString()).contains("answered 403: You do not have permission to do this.");
        assertThat(calls).hasSize(1);
    }

    @Test
    void badCommandLinesAndUnreachableServersHaveTheirOwnExitCodes() {
        assertThat(run(new StringWriter(), new StringWriter(), "rebuild-recommendations", "--server", "ftp://x",
                "--token", "t")).isEqualTo(2);
        int port = server.getAddress().getPort();
        server.stop(0);
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "rebuild-recommendations", "--server", "http://127.0.0.1:" + port,
                "--token", "t")).isEqualTo(3);
        assertThat(err.toString()).contains("cannot reach");
    }
}
