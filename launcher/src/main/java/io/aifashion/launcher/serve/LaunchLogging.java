package io.aifashion.launcher.serve;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Sets up logging once for the whole JVM — full logs to a file, only errors on the console so the
 * launcher's status lines stay readable — and then tells Spring Boot not to re-initialise it for
 * each service context (several contexts starting at once would otherwise race to reconfigure it).
 */
final class LaunchLogging {

    private final LoggingSystem system;

    private LaunchLogging(LoggingSystem system) {
        this.system = system;
    }

    /**
     * Silences the embedded Kafka broker, whose test-kit removes its temporary log folder in its
     * own JVM shutdown hook while the broker is still stopping, which it would report as errors.
     */
    void quietKafkaForShutdown() {
        system.setLogLevel("kafka", org.springframework.boot.logging.LogLevel.OFF);
        system.setLogLevel("org.apache.kafka", org.springframework.boot.logging.LogLevel.OFF);
    }

    /**
     * For a cluster started without {@code serve}'s set-up (tests, embedding): Spring Boot's
     * default console logging, initialised once, and then the same "do not re-initialise" switch.
     * Does nothing when logging was already set up this way.
     */
    static synchronized void defaultUnlessConfigured() {
        if (System.getProperty(LoggingSystem.SYSTEM_PROPERTY) != null) {
            return;
        }
        LoggingSystem system = LoggingSystem.get(LaunchLogging.class.getClassLoader());
        system.beforeInitialize();
        system.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    static synchronized LaunchLogging initialise(Path logFile, boolean json) {
        StandardEnvironment env = new StandardEnvironment();
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("logging.file.name", logFile.toString());
        props.put("logging.threshold.console", "ERROR");
        props.put("logging.level.org.apache.kafka", "WARN");
        props.put("logging.level.kafka", "WARN");
        props.put("logging.level.org.apache.kafka.clients.NetworkClient", "ERROR");
        props.put("logging.logback.rollingpolicy.max-file-size", "20MB");
        props.put("logging.logback.rollingpolicy.max-history", "5");
        if (json) {
            props.put("logging.structured.format.file", "ecs");
        }
        env.getPropertySources().addFirst(new MapPropertySource("launcher-logging", props));
        ClassLoader cl = LaunchLogging.class.getClassLoader();
        LoggingSystem system = LoggingSystem.get(cl);
        system.beforeInitialize();
        system.initialize(new LoggingInitializationContext(env), null, LogFile.get(env));
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        return new LaunchLogging(system);
    }
}
