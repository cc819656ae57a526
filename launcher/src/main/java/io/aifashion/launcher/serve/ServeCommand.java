package io.aifashion.launcher.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ai-fashion serve}: the whole system on embedded servers, in this JVM, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the whole system in one JVM on embedded PostgreSQL, Kafka and Redis.",
                "Prints one line per part and the URL when everything is ready; Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "data", description = "Where data and logs are kept between runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--ephemeral", description = "Keep nothing: a throw-away database, logs in a temporary folder.")
    boolean ephemeral;

    @Option(names = "--port", defaultValue = "8080", description = "Public port of the gateway (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--service-port-base", defaultValue = "8081", description = "First service port; the six services use consecutive ports (default: ${DEFAULT-VALUE}).")
    int servicePortBase;

    @Option(names = "--postgres-port", defaultValue = "15432", description = "Embedded PostgreSQL port (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--kafka-port", defaultValue = "19092", description = "Embedded Kafka port (default: ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--redis-port", defaultValue = "16379", description = "Embedded Redis port (default: ${DEFAULT-VALUE}).")
    int redisPort;

    @Option(names = "--json-logs", description = "Write the log file as structured JSON (ECS).")
    boolean jsonLogs;

    @Option(names = "--no-demo-data", negatable = true, defaultValue = "true", description = "Seed a demo catalogue into an empty system (default: on).")
    boolean demoData;

    @Option(names = "--fault-switch-port", defaultValue = "0", description = {
            "For failure tests only: open the fault switch (stop/start Kafka, Redis, a service; restart PostgreSQL)",
            "on this loopback port; see bench/README.md (default: off)."})
    int faultSwitchPort;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path data = ephemeral ? null : dataDir.toAbsolutePath().normalize();
        Path logDir = ephemeral ? Files.createTempDirectory("ai-fashion-logs") : data.resolve("logs");
        Files.createDirectories(logDir);
        LaunchLogging logging = LaunchLogging.initialise(logDir.resolve("ai-fashion.log"), jsonLogs);

        ClusterSettings settings = new ClusterSettings(data, port, servicePortBase, postgresPort, kafkaPort,
                redisPort, jsonLogs, demoData);
        StatusLine status = new StatusLine(System.out);
        LocalCluster cluster = new LocalCluster(settings, status);
        try {
            cluster.checkPorts();
        } catch (PortConflictException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        status.say("AI-Fashion: starting " + (ephemeral ? "(ephemeral)" : "(data in " + data + ")")
                + ", logs in " + logDir.resolve("ai-fashion.log"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            status.say("Stopping AI-Fashion...");
            logging.quietKafkaForShutdown();
            cluster.close();
            status.say("Stopped.");
            stopped.countDown();
        }, "ai-fashion-stop"));
        try {
            cluster.start();
        } catch (Exception e) {
            System.err.println("AI-Fashion could not start: " + rootMessage(e) + " (details in "
                    + logDir.resolve("ai-fashion.log") + ")");
            org.slf4j.LoggerFactory.getLogger(ServeCommand.class).error("Start-up failed", e);
            return 1;
        }
        if (faultSwitchPort > 0) {
            FaultSwitch.start(faultSwitchPort, cluster.faults());
            status.say("  fault switch on http://127.0.0.1:" + faultSwitchPort + "/faults/ (failure tests only)");
        }
        status.say(String.format(Locale.ROOT, "AI-Fashion is ready in %.1f s: http://localhost:%d",
                (System.nanoTime() - t0) / 1e9, port));
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
