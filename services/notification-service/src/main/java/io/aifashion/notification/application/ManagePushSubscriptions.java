package io.aifashion.notification.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.notification.domain.PushEndpointRules;
import io.aifashion.notification.domain.PushKeys;
import io.aifashion.notification.domain.PushSubscription;
import io.aifashion.notification.domain.PushSubscriptions;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;

/** Browsers' push subscriptions: register, list, remove. */
public class ManagePushSubscriptions {

    /** Subscriptions (browsers, devices) one account may keep; a further one is refused until one is removed. */
    public static final int MAX_PER_USER = 20;

    private final PushSubscriptions subscriptions;
    private final PushEndpointRules rules;
    private final String vapidPublicKey;
    private final Clock clock;

    /** @param vapidPublicKey the server's application server key (base64url), or null when push is off */
    public ManagePushSubscriptions(PushSubscriptions subscriptions, PushEndpointRules rules, String vapidPublicKey,
                                   Clock clock) {
        this.subscriptions = subscriptions;
        this.rules = rules;
        this.vapidPublicKey = vapidPublicKey;
        this.clock = clock;
    }

    public boolean available() {
        return vapidPublicKey != null;
    }

    /** The key browsers pass as {@code applicationServerKey} to {@code pushManager.subscribe} (RFC 8292 §3.2). */
    public String applicationServerKey() {
        requireAvailable();
        return vapidPublicKey;
    }

    @Transactional
    public PushSubscription subscribe(String userId, String endpoint, PushKeys keys) {
        requireAvailable();
        rules.problemWith(endpoint).ifPresent(problem -> {
            throw ApiProblem.badRequest("endpoint", "endpoint " + problem);
        });
        List<PushSubscription> existing = subscriptions.forUser(userId);
        boolean known = existing.stream().anyMatch(s -> s.endpoint().toString().equals(endpoint));
        if (!known && existing.size() >= MAX_PER_USER) {
            throw ApiProblem.conflict("too-many-push-subscriptions",
                    "An account may have at most " + MAX_PER_USER + " push subscriptions; remove one first.");
        }
        return subscriptions.save(userId, URI.create(endpoint), keys, clock.instant());
    }

    @Transactional(readOnly = true)
    public List<PushSubscription> list(String userId) {
        return subscriptions.forUser(userId);
    }

    @Transactional
    public void unsubscribe(String userId, UUID id) {
        if (!subscriptions.delete(userId, id)) {
            throw ApiProblem.notFound("Push subscription", id);
        }
    }

    private void requireAvailable() {
        if (!available()) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "push-not-configured", "Web push not configured",
                    "This server has no VAPID keys, so it cannot send web push notifications.", Map.of());
        }
    }
}
