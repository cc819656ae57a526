package io.aifashion.kit.boot;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a service. Each service reads its own {@code <service-name>.yml} rather than
 * {@code application.yml}, so that several services can share one class path — as they do when
 * {@code ai-fashion serve} runs the whole system in one JVM — without reading each other's files.
 */
public final class ServiceApplication {

    private ServiceApplication() {
    }

    public static SpringApplicationBuilder builder(Class<?> source, String serviceName) {
        return new SpringApplicationBuilder(source)
                .properties(Map.of(
                        "spring.config.name", serviceName,
                        "spring.application.name", serviceName));
    }

    public static ConfigurableApplicationContext run(Class<?> source, String serviceName, String[] args) {
        return builder(source, serviceName).run(args);
    }
}
