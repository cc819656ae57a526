package io.aifashion.gateway.web;

import io.aifashion.gateway.application.RateLimiter;
import io.aifashion.gateway.domain.EdgeRule;
import io.aifashion.gateway.domain.RateLimitPolicy;
import io.aifashion.gateway.infrastructure.EdgeProperties;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-caller token buckets at the edge: keyed by user id for signed-in callers and by client
 * address otherwise; sign-in and registration, and anonymous photo analysis, have stricter
 * buckets. A refused request gets 429 with {@code Retry-After} (RFC 6585 §4).
 */
public class RateLimitFilter implements WebFilter {

    private static final List<EdgeRule> AUTH = List.of(EdgeRule.parse("POST /api/v1/auth/login"),
            EdgeRule.parse("POST /api/v1/auth/register"), EdgeRule.parse("POST /api/v1/auth/password-reset/**"),
            EdgeRule.parse("POST /api/v1/auth/password-reset"));
    private static final EdgeRule ANALYSIS = EdgeRule.parse("POST /api/v1/analyses");

    private final RateLimiter limiter;
    private final Map<String, RateLimitPolicy> policies;
    private final ReactiveProblemWriter problems;

    public RateLimitFilter(RateLimiter limiter, EdgeProperties props, ReactiveProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
        this.policies = Map.of(
                "default", policy(props, "default", 50, 100),
                "auth", policy(props, "auth", 10.0 / 60, 10),
                "analysis-anonymous", policy(props, "analysis-anonymous", 10.0 / 60, 5),
                "analysis", policy(props, "analysis", 1, 20));
    }

    private static RateLimitPolicy policy(EdgeProperties props, String name, double rate, int burst) {
        // AIFASHION_EDGE_RATELIMITS_ANALYSISANONYMOUS_* binds "analysisanonymous": compare without dashes.
        String wanted = name.replace("-", "");
        EdgeProperties.Limit l = props.rateLimits().entrySet().stream()
                .filter(e -> e.getKey().replace("-", "").equalsIgnoreCase(wanted))
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        return l == null ? new RateLimitPolicy(name, rate, burst) : new RateLimitPolicy(name, l.tokensPerSecond(), l.burst());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/ws/")) {
            return chain.filter(exchange);
        }
        String method = exchange.getRequest().getMethod().name();
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> "user:" + ((JwtAuthenticationToken) a).getToken().getSubject())
                .defaultIfEmpty("")
                .flatMap(user -> {
                    String key = user.isEmpty() ? "ip:" + clientAddress(exchange) : user;
                    RateLimitPolicy policy = choose(method, path, !user.isEmpty());
                    return limiter.take(key, policy).flatMap(decision -> {
                        if (decision.remaining() >= 0) {
                            exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                                    String.valueOf(decision.remaining()));
                        }
                        if (decision.allowed()) {
                            return chain.filter(exchange);
                        }
                        long retry = Math.max(1, decision.retryAfterSeconds());
                        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                                "Too many requests", "You are sending requests too quickly. Try again in "
                                        + retry + " second" + (retry == 1 ? "" : "s") + ".",
                                Map.of("Retry-After", String.valueOf(retry)));
                    });
                });
    }

    private RateLimitPolicy choose(String method, String path, boolean signedIn) {
        if (AUTH.stream().anyMatch(r -> r.matches(method, path))) {
            return policies.get("auth");
        }
        if (ANALYSIS.matches(method, path)) {
            return policies.get(signedIn ? "analysis" : "analysis-anonymous");
        }
        return policies.get("default");
    }

    /** The peer address; behind a trusted proxy, configure server.forward-headers-strategy so this is the client. */
    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
