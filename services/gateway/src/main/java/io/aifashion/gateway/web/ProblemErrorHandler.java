package io.aifashion.gateway.web;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * RFC 9457 problem+json for errors raised at the edge: a service that does not answer is a 503
 * (with the service's route named, never the internal address), a slow one a 504, an unknown path
 * a 404; anything unexpected a 500 without internals.
 */
@Component
@Order(-2) // before Boot's default error handler (ErrorWebFluxAutoConfiguration, order -1)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private final ReactiveProblemWriter problems;

    public ProblemErrorHandler(ReactiveProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        Problem p = classify(ex, exchange);
        Map<String, String> headers = p.status() == HttpStatus.SERVICE_UNAVAILABLE ? Map.of("Retry-After", "5")
                : Map.of();
        return problems.write(exchange, p.status(), p.slug(), p.title(), p.detail(), headers);
    }

    private Problem classify(Throwable ex, ServerWebExchange exchange) {
        Throwable root = rootCause(ex);
        String route = exchange.getRequest().getPath().value();
        if (root instanceof ConnectException || root.getClass().getName().contains("ConnectException")
                || (ex instanceof ResponseStatusException rse && rse.getStatusCode().value() == 503)) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                    "The service behind " + route + " is not answering right now. Try again shortly.");
        }
        if (root instanceof TimeoutException || (ex instanceof ResponseStatusException rse2
                && rse2.getStatusCode().value() == 504)) {
            return new Problem(HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout", "Gateway timeout",
                    "The service behind " + route + " took too long to answer.");
        }
        if (ex instanceof ResponseStatusException rse) {
            HttpStatusCode code = rse.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
            return switch (status) {
                case NOT_FOUND -> new Problem(status, "not-found", "Not found", "No resource at " + route + ".");
                case METHOD_NOT_ALLOWED -> new Problem(status, "method-not-allowed", "Method not allowed",
                        exchange.getRequest().getMethod() + " is not supported on " + route + ".");
                case CONTENT_TOO_LARGE -> new Problem(status, "payload-too-large", "Payload too large",
                        "The request body is larger than allowed.");
                default -> new Problem(status, "http-" + status.value(), status.getReasonPhrase(),
                        rse.getReason() == null ? status.getReasonPhrase() : rse.getReason());
            };
        }
        log.error("Unexpected gateway error on {}", route, ex);
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong at the gateway.");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private record Problem(HttpStatus status, String slug, String title, String detail) {
    }
}
