package io.aifashion.gateway.web;

import io.aifashion.gateway.application.RateLimiter;
import io.aifashion.gateway.domain.EdgeRule;
import io.aifashion.gateway.infrastructure.EdgeProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;

/**
 * The edge's security: tokens are validated here (ES256/RS256 only, issuer, audience, expiry) so a
 * bad token never reaches a service; protected paths need a signed-in caller; browser hardening
 * headers (CSP without inline scripts, HSTS, nosniff, Referrer-Policy, frame-ancestors none);
 * CORS for configured origins; rate limits and body-size limits. Services validate tokens again
 * (defence in depth) and decide roles.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class EdgeSecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self' ws: wss:; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    public ReactiveJwtDecoder edgeJwtDecoder(EdgeProperties props) {
        String jwks = props.jwksUri() == null ? "http://localhost:8081/.well-known/jwks.json" : props.jwksUri();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwks)
                .jwsAlgorithms(a -> {
                    a.add(SignatureAlgorithm.ES256);
                    a.add(SignatureAlgorithm.RS256);
                }).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(props.issuer()),
                (Jwt jwt) -> jwt.getAudience() != null && jwt.getAudience().contains(props.audience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                "The aud claim does not contain " + props.audience(), null))));
        return decoder;
    }

    @Bean
    public SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, EdgeProperties props, ReactiveJwtDecoder decoder,
                                               ReactiveProblemWriter problems, RateLimiter limiter) {
        List<EdgeRule> protectedRules = new ArrayList<>();
        props.protectedPaths().forEach(p -> protectedRules.add(EdgeRule.parse(p)));
        ServerWebExchangeMatcher needsUser = exchange -> {
            String method = exchange.getRequest().getMethod().name();
            String path = exchange.getRequest().getPath().value();
            return protectedRules.stream().anyMatch(r -> r.matches(method, path))
                    ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .cors(c -> c.configurationSource(cors(props)))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                        .frameOptions(f -> f.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(r -> r.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .authorizeExchange(a -> a.matchers(needsUser).authenticated().anyExchange().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenConverter(credentialPathsIgnoreTokens())
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint((exchange, ex) -> unauthorized(problems, exchange, ex))
                        .accessDeniedHandler((exchange, ex) -> problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "You do not have permission to do this.", Map.of())))
                .exceptionHandling(e -> e.authenticationEntryPoint((exchange, ex) -> unauthorized(problems, exchange, ex)))
                .addFilterAfter(new RateLimitFilter(limiter, props, problems), SecurityWebFiltersOrder.AUTHORIZATION)
                .addFilterBefore(new RequestSizeFilter(props, problems), SecurityWebFiltersOrder.AUTHENTICATION)
                .addFilterAt(new OriginalPathFilter(), SecurityWebFiltersOrder.FIRST)
                .addFilterAfter(new SpaFallbackFilter(), SecurityWebFiltersOrder.FIRST)
                .build();
    }

    /**
     * Sign-in, refresh, logout and the key set must work while the client still holds a stale
     * access token (that is when it refreshes), so the edge ignores bearer tokens there; the auth
     * service does the same.
     */
    private static ServerBearerTokenAuthenticationConverter credentialPathsIgnoreTokens() {
        return new ServerBearerTokenAuthenticationConverter() {
            @Override
            public Mono<org.springframework.security.core.Authentication> convert(
                    org.springframework.web.server.ServerWebExchange exchange) {
                String path = exchange.getRequest().getPath().value();
                if (path.startsWith("/api/v1/auth/") || path.startsWith("/.well-known/")) {
                    return Mono.empty();
                }
                return super.convert(exchange);
            }
        };
    }

    private static Mono<Void> unauthorized(ReactiveProblemWriter problems, org.springframework.web.server.ServerWebExchange exchange,
                                           Exception ex) {
        if (ex instanceof OAuth2AuthenticationException oauth) {
            String d = oauth.getError().getDescription() == null ? "" : oauth.getError().getDescription().toLowerCase(Locale.ROOT);
            String slug = d.contains("expired") ? "token-expired" : d.contains("aud claim") ? "invalid-token-audience"
                    : d.contains("iss claim") ? "invalid-token-issuer" : "invalid-token";
            String detail = slug.equals("token-expired") ? "The access token has expired; refresh it and try again."
                    : "The access token is not valid here.";
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, slug, "Invalid access token", detail,
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "authentication-required", "Authentication required",
                "Sign in to do this: send an access token as 'Authorization: Bearer <token>'.",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    private static UrlBasedCorsConfigurationSource cors(EdgeProperties props) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!props.allowedOrigins().isEmpty()) {
            CorsConfiguration c = new CorsConfiguration();
            c.setAllowedOrigins(props.allowedOrigins());
            c.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            c.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "traceparent"));
            c.setExposedHeaders(List.of("Retry-After", "X-RateLimit-Remaining", "Location"));
            c.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", c);
        }
        return source;
    }
}
