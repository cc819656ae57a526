package io.aifashion.identity.support;

import com.sun.net.httpserver.HttpServer;
import io.aifashion.gateway.GatewayApplication;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.peer.PeerServiceApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The parts around the auth service in the tests, one of each per test JVM, started on first use:
 * the real gateway routing to it, a kit-based peer service, a server that answers 404 to
 * everything (a service that keeps no personal data) and a port nobody listens on (a service
 * that is down).
 */
public final class SideServices {

    public static final int AUTH_PORT = EmbeddedInfrastructure.freePort();
    public static final int PEER_PORT = EmbeddedInfrastructure.freePort();
    public static final int DEAD_PORT = EmbeddedInfrastructure.freePort();

    private static final SideServices INSTANCE = new SideServices();

    private final HttpServer notFound;
    private ConfigurableApplicationContext gateway;
    private ConfigurableApplicationContext peer;

    private SideServices() {
        try {
            notFound = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        notFound.createContext("/", exchange -> {
            byte[] body = "{\"status\":404}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        notFound.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "side-services-stop"));
    }

    public static SideServices get() {
        return INSTANCE;
    }

    public String notFoundUrl() {
        return "http://127.0.0.1:" + notFound.getAddress().getPort();
    }

    /** The gateway's base URL; it routes the auth service's paths to {@link #AUTH_PORT}. */
    public synchronized String gatewayUrl() {
        if (gateway == null) {
            var redis = EmbeddedInfrastructure.get().redis();
            gateway = GatewayApplication.builder().run("--server.port=0", "--spring.main.banner-mode=off",
                    "--aifashion.services.auth-service=http://localhost:" + AUTH_PORT,
                    "--aifashion.edge.jwks-uri=http://localhost:" + AUTH_PORT + "/.well-known/jwks.json",
                    "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redis.port());
        }
        return "http://localhost:" + gateway.getEnvironment().getProperty("local.server.port");
    }

    /** The peer service, with a database of its own on the shared embedded PostgreSQL. */
    public synchronized ConfigurableApplicationContext peer() {
        if (peer == null) {
            List<String> args = new ArrayList<>();
            for (Map.Entry<String, String> p : EmbeddedInfrastructure.get().springProperties("peer_service")
                    .entrySet()) {
                args.add("--" + p.getKey() + "=" + p.getValue());
            }
            args.add("--server.port=" + PEER_PORT);
            args.add("--spring.flyway.locations=classpath:db/kit,classpath:peer/migration");
            args.add("--aifashion.security.jwks-uri=http://localhost:" + AUTH_PORT + "/.well-known/jwks.json");
            args.add("--spring.autoconfigure.exclude=" + GatewayAutoConfigurations.excluded());
            peer = new SpringApplicationBuilder(PeerServiceApplication.class)
                    .properties(Map.of("spring.config.name", PeerServiceApplication.NAME,
                            "spring.application.name", PeerServiceApplication.NAME))
                    .run(args.toArray(String[]::new));
        }
        return peer;
    }

    private synchronized void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (peer != null) {
            peer.close();
        }
        notFound.stop(0);
    }
}
