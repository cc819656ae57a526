package io.aifashion.identity.application;

import io.aifashion.identity.domain.ThrottlePolicy;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity service's settings ({@code aifashion.auth.*}, environment {@code AIFASHION_AUTH_*});
 * docs/security.md explains each choice.
 *
 * @param accessTokenTtl        access token lifetime (15 minutes)
 * @param refreshTokenTtl       lifetime of one refresh token before it must be used (14 days)
 * @param sessionMaxAge         absolute lifetime of a session, however often it is refreshed (30 days)
 * @param verificationTokenTtl  e-mail verification link lifetime (24 hours)
 * @param passwordResetTokenTtl password reset link lifetime (30 minutes)
 * @param linkCooldown          the least time between two links of one kind to one account (60 s)
 * @param publicBaseUrl         where the web app is, for links in e-mails
 * @param requireVerifiedEmail  whether sign-in waits for the e-mail address to be verified
 * @param accountThrottle       back-off per e-mail address
 * @param addressThrottle       back-off per client IP address
 * @param trustedProxies        peers whose {@code X-Forwarded-For} is believed (the gateway)
 * @param keyRotationInterval   how long one signing key signs before the next takes over (30 days)
 * @param keyCheckInterval      how often the active key's age is checked (10 minutes)
 * @param housekeepingInterval  how often expired sessions, links, counters and keys are deleted (1 minute)
 * @param keyCacheTtl           how long an instance trusts its cached key set before re-reading it
 * @param keyEncryptionKey      base64 AES-256 key sealing private signing keys at rest
 *                              ({@code AIFASHION_AUTH_KEY_ENCRYPTION_KEY})
 * @param keyEncryptionKeyFile  or a file holding it, created with a random key if missing
 * @param exportTimeout         how long the data export waits for each other service
 * @param refreshRetryGrace     how long after its exchange a refresh token whose successor is still
 *                              unused may be exchanged again, its answer presumed lost (30 s; 0 = never)
 */
@ConfigurationProperties("aifashion.auth")
public record AuthSettings(Duration accessTokenTtl, Duration refreshTokenTtl, Duration sessionMaxAge,
                           Duration verificationTokenTtl, Duration passwordResetTokenTtl, Duration linkCooldown,
                           URI publicBaseUrl, Boolean requireVerifiedEmail, Throttle accountThrottle,
                           Throttle addressThrottle, List<String> trustedProxies, Duration keyRotationInterval,
                           Duration keyCheckInterval, Duration housekeepingInterval, Duration keyCacheTtl,
                           String keyEncryptionKey, String keyEncryptionKeyFile, Duration exportTimeout,
                           Duration refreshRetryGrace) {

    private static final Throttle ACCOUNT_DEFAULTS = new Throttle(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1));
    private static final Throttle ADDRESS_DEFAULTS = new Throttle(20, Duration.ofSeconds(10), Duration.ofMinutes(15),
            Duration.ofHours(1));

    public AuthSettings {
        accessTokenTtl = or(accessTokenTtl, Duration.ofMinutes(15));
        refreshTokenTtl = or(refreshTokenTtl, Duration.ofDays(14));
        sessionMaxAge = or(sessionMaxAge, Duration.ofDays(30));
        verificationTokenTtl = or(verificationTokenTtl, Duration.ofHours(24));
        passwordResetTokenTtl = or(passwordResetTokenTtl, Duration.ofMinutes(30));
        linkCooldown = or(linkCooldown, Duration.ofSeconds(60));
        publicBaseUrl = publicBaseUrl == null ? URI.create("http://localhost:8080") : publicBaseUrl;
        requireVerifiedEmail = requireVerifiedEmail == null || requireVerifiedEmail;
        accountThrottle = accountThrottle == null ? ACCOUNT_DEFAULTS : accountThrottle.orElse(ACCOUNT_DEFAULTS);
        addressThrottle = addressThrottle == null ? ADDRESS_DEFAULTS : addressThrottle.orElse(ADDRESS_DEFAULTS);
        trustedProxies = trustedProxies == null ? List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1")
                : List.copyOf(trustedProxies);
        keyRotationInterval = or(keyRotationInterval, Duration.ofDays(30));
        keyCheckInterval = or(keyCheckInterval, Duration.ofMinutes(10));
        housekeepingInterval = or(housekeepingInterval, Duration.ofMinutes(1));
        keyCacheTtl = or(keyCacheTtl, Duration.ofSeconds(60));
        exportTimeout = or(exportTimeout, Duration.ofSeconds(5));
        refreshRetryGrace = or(refreshRetryGrace, Duration.ofSeconds(30));
        if (accessTokenTtl.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("aifashion.auth.access-token-ttl must be at most 1 hour");
        }
        if (refreshRetryGrace.isNegative() || refreshRetryGrace.compareTo(Duration.ofMinutes(2)) > 0) {
            // Longer would stretch what a lost answer needs (one page reload) into a replay window.
            throw new IllegalArgumentException("aifashion.auth.refresh-retry-grace must be between 0 and 2 minutes");
        }
        if (refreshTokenTtl.compareTo(sessionMaxAge) > 0) {
            throw new IllegalArgumentException("aifashion.auth.refresh-token-ttl must not exceed session-max-age");
        }
    }

    /**
     * How long a retired signing key stays published: until every token it signed has expired —
     * the access token lifetime, plus the time another instance may still sign with its cached copy,
     * plus the 60 s clock skew resource servers allow.
     */
    public Duration retiredKeyPublication() {
        return accessTokenTtl.plus(keyCacheTtl).plusSeconds(60);
    }

    private static Duration or(Duration value, Duration fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public String toString() {
        return "AuthSettings[accessTokenTtl=" + accessTokenTtl + ", refreshTokenTtl=" + refreshTokenTtl
                + ", keyEncryptionKey=" + (keyEncryptionKey == null ? "unset" : "[set]") + "]";
    }

    /** One back-off policy; unset parts take the defaults. */
    public record Throttle(Integer freeFailures, Duration baseDelay, Duration maxDelay, Duration memory) {

        Throttle orElse(Throttle d) {
            return new Throttle(freeFailures == null ? d.freeFailures : freeFailures,
                    baseDelay == null ? d.baseDelay : baseDelay, maxDelay == null ? d.maxDelay : maxDelay,
                    memory == null ? d.memory : memory);
        }

        public ThrottlePolicy policy() {
            return new ThrottlePolicy(freeFailures, baseDelay, maxDelay, memory);
        }
    }
}
