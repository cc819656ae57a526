package io.aifashion.gateway.web;

import io.aifashion.gateway.domain.EdgeRule;
import io.aifashion.gateway.infrastructure.EdgeProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses oversized request bodies at the edge with 413 before they reach a service: photos up to
 * 20 MB, catalogue imports up to 200 MB, everything else 1 MB (configurable). A body sent without
 * a Content-Length is left to the service, which enforces the same limits while reading.
 */
public class RequestSizeFilter implements WebFilter {

    private final Map<EdgeRule, DataSize> limits = new LinkedHashMap<>();
    private final DataSize fallback;
    private final ReactiveProblemWriter problems;

    public RequestSizeFilter(EdgeProperties props, ReactiveProblemWriter problems) {
        this.problems = problems;
        Map<String, DataSize> configured = new LinkedHashMap<>();
        configured.put("POST /api/v1/analyses", DataSize.ofMegabytes(20));
        configured.put("POST /api/v1/products/imports", DataSize.ofMegabytes(200));
        props.maxBodySize().forEach((k, v) -> {
            if (!k.equals("default")) {
                configured.put(k, v);
            }
        });
        configured.forEach((k, v) -> limits.put(EdgeRule.parse(k), v));
        this.fallback = props.maxBodySize().getOrDefault("default", DataSize.ofMegabytes(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length <= 0) {
            return chain.filter(exchange);
        }
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        DataSize limit = limits.entrySet().stream().filter(e -> e.getKey().matches(method, path))
                .map(Map.Entry::getValue).findFirst().orElse(fallback);
        if (length > limit.toBytes()) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                    "The request body is " + human(length) + "; the limit here is " + human(limit.toBytes()) + ".",
                    Map.of());
        }
        return chain.filter(exchange);
    }

    private static String human(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
}
