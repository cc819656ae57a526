package io.aifashion.gateway.application;

import io.aifashion.gateway.domain.RouteTable;
import io.aifashion.gateway.domain.ServiceRoute;
import io.aifashion.gateway.infrastructure.ServiceEndpoints;
import java.util.List;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the gateway's routes from the {@link RouteTable}: every public path to its owning service
 * behind a per-service circuit breaker (Resilience4j; a down or failing service answers 503 fast
 * instead of tying up connections), WebSocket paths proxied as-is, and for operators
 * {@code /services/<name>/health/**} and {@code /services/<name>/v3/api-docs} to each service's
 * Actuator health and OpenAPI document through the single public port.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayRoutes {

    @Bean
    public RouteLocator aifashionRoutes(RouteLocatorBuilder builder, ServiceEndpoints endpoints) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        int order = 0;
        for (ServiceRoute route : RouteTable.ROUTES) {
            String service = route.service();
            String uri = endpoints.uriOf(service).toString();
            List<String> http = route.paths().stream().filter(p -> !p.startsWith("/ws/")).toList();
            List<String> ws = route.paths().stream().filter(p -> p.startsWith("/ws/")).toList();
            int o = order++;
            routes.route(service, r -> r.order(o).path(http.toArray(String[]::new))
                    .filters(f -> f.circuitBreaker(c -> c.setName(service).setFallbackUri("forward:/fallback/" + service)))
                    .metadata("response-timeout", service.equals("product-service") ? 300_000 : 60_000)
                    .uri(uri));
            if (!ws.isEmpty()) {
                routes.route(service + "-websocket", r -> r.order(o).path(ws.toArray(String[]::new)).uri(uri));
            }
            String prefix = "/services/" + service;
            routes.route(service + "-health", r -> r.order(100 + o)
                    .path(prefix + "/health", prefix + "/health/**")
                    .filters(f -> f.rewritePath(prefix + "/health(?<rest>.*)", "/actuator/health${rest}"))
                    .uri(uri));
            routes.route(service + "-api-docs", r -> r.order(100 + o)
                    .path(prefix + "/v3/api-docs")
                    .filters(f -> f.rewritePath(prefix + "/v3/api-docs", "/v3/api-docs"))
                    .uri(uri));
        }
        return routes.build();
    }
}
