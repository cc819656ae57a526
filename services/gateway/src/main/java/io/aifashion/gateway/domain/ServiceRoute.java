package io.aifashion.gateway.domain;

import java.util.List;

/**
 * Which public paths a service owns. The gateway forwards them unchanged to the service.
 *
 * @param service   the service name, e.g. {@code color-matching-service}
 * @param paths     path patterns under {@code /api/v1}, {@code /ws} or well-known paths
 */
public record ServiceRoute(String service, List<String> paths) {
    public ServiceRoute {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("service must not be blank");
        }
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one path");
        }
        for (String p : paths) {
            if (!p.startsWith("/")) {
                throw new IllegalArgumentException("path must start with '/': " + p);
            }
        }
    }
}
