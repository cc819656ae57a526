package io.aifashion.gateway.domain;

import java.util.List;

/**
 * The public API's ownership map (docs/api.md). Order matters where patterns overlap: the more
 * specific route comes first ({@code /api/v1/products/{id}/similar} belongs to recommendations,
 * the rest of {@code /api/v1/products} to the catalogue).
 */
public final class RouteTable {

    public static final List<ServiceRoute> ROUTES = List.of(
            new ServiceRoute("auth-service", List.of("/api/v1/auth/**", "/api/v1/users/**", "/.well-known/jwks.json")),
            new ServiceRoute("image-processing-service", List.of("/api/v1/analyses", "/api/v1/analyses/**")),
            new ServiceRoute("color-matching-service", List.of("/api/v1/monk-scale", "/api/v1/seasons",
                    "/api/v1/seasons/**", "/api/v1/colors/**", "/api/v1/palettes/**")),
            new ServiceRoute("recommendation-service", List.of("/api/v1/recommendations", "/api/v1/recommendations/**",
                    "/api/v1/interactions", "/api/v1/interactions/**", "/api/v1/trending", "/api/v1/experiments",
                    "/api/v1/experiments/**", "/api/v1/products/*/similar")),
            new ServiceRoute("product-service", List.of("/api/v1/products", "/api/v1/products/**",
                    "/api/v1/shades/**")),
            new ServiceRoute("notification-service", List.of("/api/v1/notifications", "/api/v1/notifications/**",
                    "/api/v1/push/**", "/ws/**")));

    private RouteTable() {
    }

    public static List<String> services() {
        return ROUTES.stream().map(ServiceRoute::service).toList();
    }
}
