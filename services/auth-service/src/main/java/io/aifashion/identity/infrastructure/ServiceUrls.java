package io.aifashion.identity.infrastructure;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the other services listen, as for the gateway: {@code aifashion.services.<name>=<base URL>}
 * (environment {@code AIFASHION_SERVICES_<NAME>}, e.g. {@code AIFASHION_SERVICES_PRODUCTSERVICE}).
 */
@ConfigurationProperties("aifashion")
public record ServiceUrls(Map<String, URI> services) {

    public ServiceUrls {
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
