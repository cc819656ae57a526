package io.aifashion.kit.boot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every service shares, added with the lowest precedence so that a service's own
 * configuration file, environment variables and command-line arguments override any of them.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "aifashionKitDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        // Only servlet services are built on the kit; the reactive gateway shares the class path
        // when everything runs in one JVM and must not pick these up.
        if (application.getWebApplicationType() == WebApplicationType.REACTIVE) {
            return;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("spring.threads.virtual.enabled", "true");
        d.put("spring.main.banner-mode", "off");
        d.put("server.error.include-stacktrace", "never");
        d.put("server.error.include-message", "never");
        d.put("server.shutdown", "graceful");
        d.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        // Actuator: liveness/readiness probes, Prometheus scrape endpoint.
        d.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        d.put("management.endpoint.health.probes.enabled", "true");
        d.put("management.endpoint.health.show-components", "always");
        d.put("management.health.redis.enabled", "false");
        d.put("management.endpoint.health.group.readiness.include", "readinessState,db");
        d.put("management.metrics.tags.application", "${spring.application.name}");
        d.put("management.observations.annotations.enabled", "true");
        // Latency histograms for every endpoint: the percentile buckets let Prometheus compute
        // p95/p99 across instances (histogram_quantile), and the SLO buckets give exact counts of
        // requests faster than each latency objective (for ratios like "share under 250 ms").
        d.put("management.metrics.distribution.percentiles-histogram.http.server.requests", "true");
        d.put("management.metrics.distribution.slo.http.server.requests", "10ms,25ms,50ms,100ms,250ms,500ms,1s");
        d.put("management.metrics.distribution.minimum-expected-value.http.server.requests", "1ms");
        d.put("management.metrics.distribution.maximum-expected-value.http.server.requests", "10s");
        // Tracing: sample everything locally; OTLP export only when an endpoint is configured.
        d.put("management.tracing.sampling.probability", "1.0");
        // The OpenTelemetry starter would push metrics to localhost:4318 every minute; metrics are
        // scraped from /actuator/prometheus instead, OTLP metrics only when asked for.
        d.put("management.otlp.metrics.export.enabled", "false");
        // Database: the kit's outbox/inbox migrations live beside the service's own.
        d.put("spring.flyway.locations", "classpath:db/migration,classpath:db/kit");
        d.put("spring.datasource.hikari.maximum-pool-size", "10");
        d.put("spring.datasource.hikari.connection-timeout", "5000");
        // Kafka: string payloads (the envelope is JSON), durable producer, replay from the start.
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        d.put("spring.kafka.producer.properties.max.block.ms", "5000");
        d.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        d.put("spring.kafka.producer.properties.delivery.timeout.ms", "9000");
        d.put("spring.kafka.producer.properties.linger.ms", "0");
        d.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        d.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        d.put("spring.kafka.consumer.properties.metadata.max.age.ms", "5000");
        d.put("spring.kafka.listener.observation-enabled", "true");
        d.put("spring.kafka.template.observation-enabled", "true");
        d.put("spring.kafka.admin.fail-fast", "false");
        d.put("spring.kafka.admin.properties.request.timeout.ms", "5000");
        // Redis: a cache, so fail fast when it is away rather than stall requests.
        d.put("spring.data.redis.timeout", "500ms");
        d.put("spring.data.redis.connect-timeout", "500ms");
        d.put("spring.cache.type", "redis");
        d.put("spring.cache.redis.time-to-live", "30m");
        d.put("springdoc.api-docs.path", "/v3/api-docs");
        d.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        env.getPropertySources().addLast(new MapPropertySource(SOURCE, d));
    }
}
