package io.aifashion.launcher.serve;

import io.aifashion.gateway.GatewayApplication;
import io.aifashion.kit.embedded.EmbeddedKafkaServer;
import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.kit.embedded.EmbeddedRedisServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system in one JVM: embedded PostgreSQL, Kafka and Redis, then every service in its
 * own Spring application context on its own port, then the gateway. Parts stop in reverse order,
 * services before the servers they use, so that consumers leave cleanly and nothing is lost.
 */
public final class LocalCluster implements AutoCloseable {

    private final ClusterSettings settings;
    private final List<ServicePart> services;
    private final StatusLine status;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    /** Each service's context by name, for {@link ClusterFaults}. */
    private final java.util.Map<String, ConfigurableApplicationContext> contexts = new java.util.concurrent.ConcurrentHashMap<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaServer kafka;
    private EmbeddedRedisServer redis;
    private Path stateDir;

    public LocalCluster(ClusterSettings settings, StatusLine status) {
        this(settings, ServiceCatalog.services(), status);
    }

    LocalCluster(ClusterSettings settings, List<ServicePart> services, StatusLine status) {
        this.settings = settings;
        this.services = List.copyOf(services);
        this.status = status;
    }

    /** Fails with {@link PortConflictException} naming the port and flag before starting anything. */
    public void checkPorts() {
        PortCheck.requireFree(settings.gatewayPort(), "gateway", "--port");
        PortCheck.requireFree(settings.postgresPort(), "embedded PostgreSQL", "--postgres-port");
        PortCheck.requireFree(settings.kafkaPort(), "embedded Kafka", "--kafka-port");
        PortCheck.requireFree(settings.redisPort(), "embedded Redis", "--redis-port");
        for (ServicePart s : services) {
            PortCheck.requireFree(portOf(s), s.name(),
                    "--service-port-base (services use " + services.size() + " consecutive ports from it)");
        }
    }

    public void start() throws Exception {
        // The services start side by side in this JVM; each would re-initialise Logback, and two
        // doing it at once can leave a context half-configured ("no conversion class registered
        // for [clr]"). `serve` has set logging up already; anyone else gets the default, once.
        LaunchLogging.defaultUnlessConfigured();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            Future<EmbeddedPostgresServer> pg = pool.submit(timed("postgres", settings.postgresPort(), () ->
                    EmbeddedPostgresServer.start(dir("postgres"), settings.postgresPort()),
                    settings.ephemeral() ? "ephemeral" : "data in " + dir("postgres")));
            Future<EmbeddedKafkaServer> kf = pool.submit(timed("kafka", settings.kafkaPort(), () ->
                    withoutStdout(() -> EmbeddedKafkaServer.start(settings.kafkaPort())), null));
            Future<EmbeddedRedisServer> rd = pool.submit(timed("redis", settings.redisPort(), () ->
                    EmbeddedRedisServer.start(settings.redisPort(), dir("redis")), null));
            postgres = get(pg);
            running.push(postgres);
            redis = get(rd);
            running.push(redis);
            kafka = get(kf);
            running.push(kafka);

            List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
            for (ServicePart s : services) {
                if (s.database() != null) {
                    postgres.ensureDatabase(s.database());
                }
                started.add(pool.submit(timed(s.name(), portOf(s), () -> startService(s), null)));
            }
            for (int i = 0; i < services.size(); i++) {
                ConfigurableApplicationContext ctx = get(started.get(i));
                contexts.put(services.get(i).name(), ctx);
                running.push(ctx::close);
            }
            ConfigurableApplicationContext gateway = timed("gateway", settings.gatewayPort(), this::startGateway, null)
                    .call();
            running.push(gateway::close);
        } finally {
            pool.shutdown();
        }
    }

    /** Handles for failure tests (stop Kafka, Redis, a service; restart PostgreSQL); after {@link #start()}. */
    ClusterFaults faults() {
        return new ClusterFaults(kafka, redis, postgres, services, contexts);
    }

    private ConfigurableApplicationContext startService(ServicePart s) {
        List<String> args = new ArrayList<>(commonArgs());
        args.add("--server.port=" + portOf(s));
        if (s.database() != null) {
            args.add("--spring.datasource.url=" + postgres.jdbcUrl(s.database()));
            args.add("--spring.datasource.username=" + postgres.username());
            args.add("--spring.datasource.password=");
        }
        args.add("--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers());
        args.add("--spring.data.redis.host=127.0.0.1");
        args.add("--spring.data.redis.port=" + settings.redisPort());
        args.add("--aifashion.security.jwks-uri=http://localhost:" + portOfService("auth-service", 0)
                + "/.well-known/jwks.json");
        args.add("--aifashion.demo-data.enabled=" + settings.seedDemoData());
        // No SMTP server on a laptop: e-mails (verification and reset links) are written as .eml files.
        args.add("--aifashion.notification.mail.drop-dir=" + stateDir().resolve("mail"));
        // Auth: links in e-mails point at the gateway; signing keys survive restarts unless ephemeral.
        args.add("--aifashion.auth.public-base-url=http://localhost:" + settings.gatewayPort());
        if (!settings.ephemeral()) {
            args.add("--aifashion.auth.key-encryption-key-file=" + settings.dataDir().resolve("auth/key-encryption-key"));
        }
        // Imaging: the key that encrypts photos kept with consent lives beside the data it protects.
        args.add("--aifashion.imaging.photo-key-file=" + stateDir().resolve("imaging/photo.key"));
        List<String> gatewayOnly = SharedClassPath.autoConfigurations(SharedClassPath.GATEWAY_ONLY);
        if (!gatewayOnly.isEmpty()) {
            args.add("--spring.autoconfigure.exclude=" + String.join(",", gatewayOnly));
        }
        return configure(s.builder().get()).run(args.toArray(String[]::new));
    }

    private ConfigurableApplicationContext startGateway() {
        List<String> args = new ArrayList<>(commonArgs());
        args.add("--server.port=" + settings.gatewayPort());
        args.add("--aifashion.edge.jwks-uri=http://localhost:" + portOfService("auth-service", 0) + "/.well-known/jwks.json");
        args.add("--spring.data.redis.host=127.0.0.1");
        args.add("--spring.data.redis.port=" + settings.redisPort());
        for (String name : List.of("auth-service", "image-processing-service", "color-matching-service",
                "product-service", "recommendation-service", "notification-service")) {
            args.add("--aifashion.services." + name + "=http://localhost:" + portOfService(name, -1));
        }
        return configure(GatewayApplication.builder()).run(args.toArray(String[]::new));
    }

    private SpringApplicationBuilder configure(SpringApplicationBuilder b) {
        return b.registerShutdownHook(false).logStartupInfo(false);
    }

    private List<String> commonArgs() {
        return List.of("--spring.main.banner-mode=off");
    }

    private int portOf(ServicePart s) {
        return settings.servicePortBase() + s.portIndex();
    }

    /** A service's port from its fixed index (DESIGN.md §3 order), also for services not yet built. */
    private int portOfService(String name, int ignored) {
        int index = switch (name) {
            case "auth-service" -> 0;
            case "image-processing-service" -> 1;
            case "color-matching-service" -> 2;
            case "product-service" -> 3;
            case "recommendation-service" -> 4;
            case "notification-service" -> 5;
            default -> throw new IllegalArgumentException(name);
        };
        return settings.servicePortBase() + index;
    }

    /**
     * Where services keep local files (e-mails "sent" to the mail drop, the photo key): the data
     * directory, or one temporary folder for an ephemeral run.
     */
    synchronized Path stateDir() {
        if (stateDir == null) {
            try {
                stateDir = settings.ephemeral() ? java.nio.file.Files.createTempDirectory("ai-fashion-state")
                        : settings.dataDir();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return stateDir;
    }

    private Path dir(String name) {
        return settings.ephemeral() ? null : settings.dataDir().resolve(name);
    }

    private <T> Callable<T> timed(String part, int port, Callable<T> action, String note) {
        return () -> {
            long t0 = System.nanoTime();
            T result = action.call();
            status.ready(part, port, Duration.ofNanos(System.nanoTime() - t0), note);
            return result;
        };
    }

    /**
     * Kafka's storage formatter prints to standard output; the launcher's console is for its own
     * status lines (which hold their own stream), so standard output is muted while Kafka formats.
     */
    private static <T> T withoutStdout(Callable<T> action) throws Exception {
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            return action.call();
        } finally {
            System.setOut(original);
        }
    }

    private static <T> T get(Future<T> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (IOException | RuntimeException e) {
                status.say("  (while stopping: " + e.getMessage() + ")");
            } catch (Exception e) {
                status.say("  (while stopping: " + e.getMessage() + ")");
            }
        }
    }
}
