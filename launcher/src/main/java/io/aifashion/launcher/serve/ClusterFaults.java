package io.aifashion.launcher.serve;

import io.aifashion.kit.embedded.EmbeddedKafkaServer;
import io.aifashion.kit.embedded.EmbeddedPostgresServer;
import io.aifashion.kit.embedded.EmbeddedRedisServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Faults an operator injects into a running {@code serve} for failure tests (issue #10): the
 * embedded Kafka broker and Redis stop and start again on the same port, PostgreSQL restarts, a
 * service stops and starts. Reached only through {@link FaultSwitch}, which is off unless
 * {@code --fault-switch-port} is given.
 */
final class ClusterFaults {

    private final EmbeddedKafkaServer kafka;
    private final EmbeddedRedisServer redis;
    private final EmbeddedPostgresServer postgres;
    private final List<ServicePart> services;
    private final Map<String, ConfigurableApplicationContext> contexts;

    ClusterFaults(EmbeddedKafkaServer kafka, EmbeddedRedisServer redis, EmbeddedPostgresServer postgres,
                  List<ServicePart> services, Map<String, ConfigurableApplicationContext> contexts) {
        this.kafka = kafka;
        this.redis = redis;
        this.postgres = postgres;
        this.services = List.copyOf(services);
        this.contexts = contexts;
    }

    synchronized void stopKafka() {
        kafka.stopBroker();
    }

    synchronized void startKafka() {
        kafka.restartBroker();
    }

    synchronized void stopRedis() throws IOException {
        redis.stop();
    }

    synchronized void startRedis() throws IOException {
        redis.restart();
    }

    /**
     * Restarts the PostgreSQL server with {@code pg_ctl restart -m fast}, as a fail-over or
     * crash-restart would: every open connection is cut (fast shutdown, PostgreSQL docs §19.5) and
     * the server comes back on the same data with the same options ({@code postmaster.opts}).
     * pg_ctl is the one beside the running {@code postgres} binary, found from the postmaster's
     * pid (Linux {@code /proc}); as root it runs under {@code unshare -U}, as zonky starts it,
     * because PostgreSQL refuses to run as root.
     */
    synchronized void restartPostgres() throws IOException, InterruptedException, SQLException {
        Path dataDir = dataDirectory();
        String pid = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).trim();
        Path pgCtl = Files.readSymbolicLink(Path.of("/proc", pid, "exe")).resolveSibling("pg_ctl");
        Path log = dataDir.resolve("restart.log");
        List<String> command = new java.util.ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60",
                "-l", log.toString(), "restart"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pg_ctl restart failed (" + (p.isAlive() ? "timeout" : "exit " + p.exitValue())
                    + "), see " + log);
        }
    }

    private Path dataDirectory() throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    /**
     * Takes the service off the network as if its process had died: its HTTP server stops (the
     * port refuses connections) and its Kafka listeners stop. The Spring context itself stays
     * open: in {@code serve} every context shares the JVM's Reactor Netty resources with the
     * gateway, and closing a context disposes them, which would take the gateway down too, a
     * fault that cannot happen with one process per service.
     */
    synchronized void stopService(String name) {
        ConfigurableApplicationContext ctx = context(name);
        ((WebServerApplicationContext) ctx).getWebServer().stop();
        ctx.getBeanProvider(KafkaListenerEndpointRegistry.class).ifAvailable(KafkaListenerEndpointRegistry::stop);
    }

    synchronized void startService(String name) {
        ConfigurableApplicationContext ctx = context(name);
        ctx.getBeanProvider(KafkaListenerEndpointRegistry.class).ifAvailable(KafkaListenerEndpointRegistry::start);
        ((WebServerApplicationContext) ctx).getWebServer().start();
    }

    private ConfigurableApplicationContext context(String name) {
        services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no service named " + name));
        return contexts.get(name);
    }
}
