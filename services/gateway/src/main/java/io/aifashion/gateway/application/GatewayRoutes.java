package io.aifashion.gateway.application;

import io.aifashion.gateway.domain.RouteTable;
import io.aifashion.gateway.domain.ServiceRoute;
import io.aifashion.gateway.infrastructure.ServiceEndpoints;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the gateway's routes from the {@link RouteTable}: every public path to its owning
 * service, and {@code /services/<name>/health/**} to that service's Actuator health, so that an
 * operator can check each service through the single public port.
 */
@Configuration(proxyBeanMethods = false)
public class GatewayRoutes {

    @Bean
    public RouteLocator aifashionRoutes(RouteLocatorBuilder builder, ServiceEndpoints endpoints) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        int order = 0;
        for (ServiceRoute route : RouteTable.ROUTES) {
            String uri = endpoints.uriOf(route.service()).toString();
            int o = order++;
            routes.route(route.service(), r -> r.order(o).path(route.paths().toArray(String[]::new)).uri(uri));
            routes.route(route.service() + "-health", r -> r.order(100 + o)
                    .path("/services/" + route.service() + "/health", "/services/" + route.service() + "/health/**")
                    .filters(f -> f.rewritePath("/services/" + route.service() + "/health(?<rest>.*)",
                            "/actuator/health${rest}"))
                    .uri(uri));
        }
        return routes.build();
    }
}
