package io.aifashion.notification.infrastructure.push;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web push settings ({@code aifashion.push.*}, e.g. {@code AIFASHION_PUSH_VAPID_PUBLIC_KEY}). Push is
 * off unless both VAPID keys and the subject are set.
 *
 * @param vapidPublicKey  the application server's P-256 public key, uncompressed, base64url (65 bytes)
 * @param vapidPrivateKey its private scalar, base64url (32 bytes)
 * @param subject         a contact for push services: {@code mailto:ops@example.com} or an https URL (RFC 8292 §2.1)
 * @param ttl             how long a push service may keep a message for an offline device (RFC 8030 §5.2)
 * @param timeout         how long one request to a push service may take
 * @param allowedHosts    push service hosts (or {@code .suffix}es) endpoints may point to; empty for the browsers' own
 * @param allowHttp       accept http endpoints (tests with a local push service only)
 */
@ConfigurationProperties("aifashion.push")
public record PushProperties(String vapidPublicKey, String vapidPrivateKey, String subject, Duration ttl,
                             Duration timeout, List<String> allowedHosts, boolean allowHttp) {

    public PushProperties {
        ttl = ttl == null ? Duration.ofDays(1) : ttl;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    }

    public boolean configured() {
        return notBlank(vapidPublicKey) && notBlank(vapidPrivateKey) && notBlank(subject);
    }

    public boolean partlyConfigured() {
        return !configured() && (notBlank(vapidPublicKey) || notBlank(vapidPrivateKey) || notBlank(subject));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
