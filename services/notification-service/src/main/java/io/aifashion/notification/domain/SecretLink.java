package io.aifashion.notification.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential-bearing link (e-mail verification, password reset) that must reach only the address
 * owner. It lives in the pending e-mail delivery until that delivery ends, and nowhere else.
 *
 * @param expiresAt when the identity service stops honouring it, or null if it did not say
 */
public record SecretLink(URI url, Instant expiresAt) {

    public SecretLink {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                || url.getHost() == null) {
            throw new IllegalArgumentException("a link must be an absolute http(s) URL");
        }
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "SecretLink[(hidden), expiresAt=" + expiresAt + "]";
    }
}
