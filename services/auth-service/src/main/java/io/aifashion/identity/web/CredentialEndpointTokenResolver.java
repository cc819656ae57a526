package io.aifashion.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;

/**
 * Ignores the {@code Authorization} header on the sign-in, refresh, sign-out, registration and
 * reset endpoints and on the JWKS. Those are reached precisely when a client's access token has
 * expired (or with none at all), and a client that attaches its stale token to every request must
 * still be able to refresh. Everywhere else, bearer tokens are read as usual (RFC 6750 §2.1).
 */
@Component
public class CredentialEndpointTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean credentialEndpoint = path.startsWith("/api/v1/auth/") && !path.startsWith("/api/v1/auth/keys");
        if (credentialEndpoint || path.equals("/.well-known/jwks.json")) {
            return null;
        }
        return standard.resolve(request);
    }
}
