package io.aifashion.kit.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service validates the access tokens the auth service issues.
 *
 * @param jwksUri     where the auth service publishes its public keys ({@code /.well-known/jwks.json})
 * @param issuer      the expected {@code iss} claim
 * @param audience    the expected {@code aud} claim
 * @param publicPaths request patterns that need no token, each {@code /path/**} or {@code GET /path/**}
 */
@ConfigurationProperties("aifashion.security")
public record KitSecurityProperties(String jwksUri, String issuer, String audience, List<String> publicPaths) {

    public KitSecurityProperties {
        issuer = issuer == null ? "ai-fashion" : issuer;
        audience = audience == null ? "ai-fashion" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
