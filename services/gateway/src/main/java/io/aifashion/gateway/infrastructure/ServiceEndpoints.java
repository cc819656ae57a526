package io.aifashion.gateway.infrastructure;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each service listens, e.g. {@code aifashion.services.color-matching-service=http://color-matching:8083}
 * (environment: {@code AIFASHION_SERVICES_COLORMATCHINGSERVICE}). Defaults are the local ports of DESIGN.md §3.
 */
@ConfigurationProperties("aifashion")
public record ServiceEndpoints(Map<String, URI> services) {

    private static final Map<String, URI> DEFAULTS = Map.of(
            "auth-service", URI.create("http://localhost:8081"),
            "image-processing-service", URI.create("http://localhost:8082"),
            "color-matching-service", URI.create("http://localhost:8083"),
            "product-service", URI.create("http://localhost:8084"),
            "recommendation-service", URI.create("http://localhost:8085"),
            "notification-service", URI.create("http://localhost:8086"));

    public ServiceEndpoints {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public URI uriOf(String service) {
        // An environment variable such as AIFASHION_SERVICES_COLORMATCHINGSERVICE binds the key
        // without its dashes, so names are compared without them.
        URI uri = services.entrySet().stream().filter(e -> canonical(e.getKey()).equals(canonical(service)))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (uri == null) {
            uri = DEFAULTS.get(service);
        }
        if (uri == null) {
            throw new IllegalArgumentException("no endpoint configured for " + service);
        }
        return uri;
    }

    static String canonical(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
