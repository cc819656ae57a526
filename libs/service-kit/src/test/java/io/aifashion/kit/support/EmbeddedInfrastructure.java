package io.aifashion.kit.support;

import io.aifashion.kit.embedded.EmbeddedKafkaServer;
import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.kit.embedded.EmbeddedRedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL, Kafka and Redis servers shared by every test in one JVM (started on first use,
 * stopped at JVM exit). Services' tests use this through the kit's test jar.
 */
public final class EmbeddedInfrastructure {

    private static EmbeddedInfrastructure instance;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaServer kafka;
    private final int redisPort;
    private EmbeddedRedisServer redis;

    private EmbeddedInfrastructure() throws IOException {
        this.postgres = EmbeddedPostgresServer.start(null, 0);
        this.kafka = EmbeddedKafkaServer.start(freePort());
        this.redisPort = freePort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeQuietly, "embedded-infrastructure-stop"));
    }

    public static synchronized EmbeddedInfrastructure get() {
        if (instance == null) {
            try {
                instance = new EmbeddedInfrastructure();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaServer kafka() {
        return kafka;
    }

    public synchronized EmbeddedRedisServer redis() {
        if (redis == null) {
            try {
                redis = EmbeddedRedisServer.start(redisPort, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return redis;
    }

    /**
     * Spring properties that point a service at these servers, with a fresh database of its own.
     */
    public Map<String, String> springProperties(String database) {
        postgres.ensureDatabase(database);
        Map<String, String> p = new HashMap<>();
        p.put("spring.datasource.url", postgres.jdbcUrl(database));
        p.put("spring.datasource.username", postgres.username());
        p.put("spring.datasource.password", "");
        p.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        p.put("spring.data.redis.host", "127.0.0.1");
        p.put("spring.data.redis.port", String.valueOf(redis().port()));
        return p;
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        try {
            if (redis != null) {
                redis.close();
            }
        } catch (Exception ignored) {
            // shutting down
        }
        try {
            kafka.close();
        } catch (Exception ignored) {
            // shutting down
        }
        try {
            postgres.close();
        } catch (Exception ignored) {
            // shutting down
        }
    }
}
