package io.aifashion.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem documents from the gateway's filters and handlers. */
@Component
public class ReactiveProblemWriter {

    static final String TYPE_BASE = "https://aifashion.io/problems/";
    /** Overrides the problem's {@code instance} (the public path) when the request was forwarded internally. */
    static final String INSTANCE_ATTRIBUTE = ReactiveProblemWriter.class.getName() + ".instance";

    private final JsonMapper json = JsonMapper.builder().build();

    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail,
                            Map<String, String> headers) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", exchange.getAttributeOrDefault(INSTANCE_ATTRIBUTE, exchange.getRequest().getPath().value()));
        String traceparent = exchange.getRequest().getHeaders().getFirst("traceparent");
        if (traceparent != null && traceparent.length() >= 35) {
            body.put("traceId", traceparent.substring(3, 35));
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.forEach((k, v) -> response.getHeaders().set(k, v));
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}
