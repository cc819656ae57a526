package io.aifashion.gateway.web;

import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The web app is a single-page application: a browser asking for a deep link such as
 * {@code /shop/42} gets {@code index.html} and the app's router takes over. API, WebSocket,
 * operational and asset paths are never rewritten.
 */
public class SpaFallbackFilter implements WebFilter {

    private static final List<String> NOT_APP = List.of("/api/", "/ws/", "/actuator", "/services/", "/api-docs",
            "/v3/", "/webjars/", "/swagger-ui", "/fallback/", "/.well-known/", "/assets/");

    private final boolean appPresent = new ClassPathResource("static/index.html").exists();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        String path = request.getPath().value();
        if (!appPresent || request.getMethod() != HttpMethod.GET || path.equals("/")
                || NOT_APP.stream().anyMatch(path::startsWith) || path.substring(path.lastIndexOf('/')).contains(".")
                || !acceptsHtml(exchange)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
    }

    private static boolean acceptsHtml(ServerWebExchange exchange) {
        return exchange.getRequest().getHeaders().getAccept().stream()
                .anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
    }
}
