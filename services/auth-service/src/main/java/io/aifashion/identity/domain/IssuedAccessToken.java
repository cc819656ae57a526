package io.aifashion.identity.domain;

import java.time.Instant;

/** A signed access token (a JWT, RFC 7519) and when it expires. */
public record IssuedAccessToken(String value, Instant expiresAt, String keyId) {

    @Override
    public String toString() {
        return "IssuedAccessToken[kid=" + keyId + ", expiresAt=" + expiresAt + "]";
    }
}
