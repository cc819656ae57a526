package io.aifashion.gateway.infrastructure;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's edge settings ({@code aifashion.edge.*}).
 *
 * @param jwksUri        the auth service's key set, for validating tokens at the edge
 * @param issuer         expected {@code iss}
 * @param audience       expected {@code aud}
 * @param protectedPaths requests that need a signed-in caller ({@code /path/**} or {@code POST /path/**})
 * @param allowedOrigins CORS origins allowed to call the API from a browser
 * @param rateLimits     token-bucket policies by name: {@code default}, {@code auth}, {@code analysis-anonymous}, {@code analysis}
 * @param maxBodySize    largest request body by rule, first match wins; {@code default} for the rest
 */
@ConfigurationProperties("aifashion.edge")
public record EdgeProperties(String jwksUri, String issuer, String audience, List<String> protectedPaths,
                             List<String> allowedOrigins, Map<String, Limit> rateLimits,
                             Map<String, DataSize> maxBodySize) {

    /** One token-bucket policy. */
    public record Limit(double tokensPerSecond, int burst) {
    }

    public EdgeProperties {
        issuer = issuer == null ? "ai-fashion" : issuer;
        audience = audience == null ? "ai-fashion" : audience;
        protectedPaths = protectedPaths == null ? List.of() : List.copyOf(protectedPaths);
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        rateLimits = rateLimits == null ? Map.of() : Map.copyOf(rateLimits);
        maxBodySize = maxBodySize == null ? Map.of() : Map.copyOf(maxBodySize);
    }
}
