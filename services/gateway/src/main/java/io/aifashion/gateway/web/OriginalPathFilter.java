package io.aifashion.gateway.web;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for, so that a circuit-breaker fallback (which is an
 * internal forward to {@code /fallback/<service>}) can name it in its problem document.
 */
public class OriginalPathFilter implements WebFilter {

    public static final String ATTRIBUTE = OriginalPathFilter.class.getName() + ".path";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().putIfAbsent(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }
}
