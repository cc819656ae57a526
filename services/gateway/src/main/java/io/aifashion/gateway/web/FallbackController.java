package io.aifashion.gateway.web;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when the service is down or its breaker is open:
 * a 503 problem that names the public path (never the internal address) and says when to retry.
 */
@RestController
public class FallbackController {

    private final ReactiveProblemWriter problems;

    public FallbackController(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    public Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String original = exchange.getAttributeOrDefault(OriginalPathFilter.ATTRIBUTE,
                exchange.getRequest().getPath().value());
        exchange.getAttributes().put(ReactiveProblemWriter.INSTANCE_ATTRIBUTE, original);
        return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                "The " + service + " behind " + original + " is not answering right now. Try again shortly.",
                Map.of("Retry-After", "10"));
    }
}
