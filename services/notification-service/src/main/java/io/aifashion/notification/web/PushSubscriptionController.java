package io.aifashion.notification.web;

import io.aifashion.kit.security.CurrentUser;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.notification.application.ManagePushSubscriptions;
import io.aifashion.notification.domain.PushKeys;
import io.aifashion.notification.domain.PushSubscription;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Web push: the server's key for subscribing, and the signed-in user's subscriptions. */
@RestController
@RequestMapping("/api/v1/push")
public class PushSubscriptionController {

    /** The body a browser's {@code PushSubscription.toJSON()} produces (W3C Push API). */
    public record SubscriptionBody(String endpoint, Long expirationTime, Keys keys) {
        public record Keys(String p256dh, String auth) {
        }
    }

    public record SubscriptionView(UUID id, String endpoint, Instant createdAt) {
        static SubscriptionView of(PushSubscription s) {
            return new SubscriptionView(s.id(), s.endpoint().toString(), s.createdAt());
        }
    }

    public record ServerKeyView(String publicKey) {
    }

    private final ManagePushSubscriptions push;

    public PushSubscriptionController(ManagePushSubscriptions push) {
        this.push = push;
    }

    /** The VAPID public key to pass as {@code applicationServerKey}; public, the app needs it before sign-in. */
    @GetMapping("/vapid-public-key")
    public ServerKeyView serverKey() {
        return new ServerKeyView(push.applicationServerKey());
    }

    @PostMapping("/subscriptions")
    public ResponseEntity<SubscriptionView> subscribe(@RequestBody SubscriptionBody body) {
        if (body == null) {
            throw ApiProblem.badRequest("endpoint", "is required");
        }
        if (body.keys() == null) {
            throw ApiProblem.badRequest("keys", "is required: {p256dh, auth} from the browser's subscription");
        }
        byte[] p256dh = base64url(body.keys().p256dh(), "keys.p256dh");
        byte[] auth = base64url(body.keys().auth(), "keys.auth");
        PushKeys keys;
        try {
            keys = new PushKeys(p256dh, auth);
        } catch (PushKeys.InvalidPushKeyException e) {
            throw ApiProblem.badRequest("keys." + e.field(), e.getMessage());
        }
        PushSubscription saved = push.subscribe(CurrentUser.require(), body.endpoint(), keys);
        return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionView.of(saved));
    }

    @GetMapping("/subscriptions")
    public List<SubscriptionView> list() {
        return push.list(CurrentUser.require()).stream().map(SubscriptionView::of).toList();
    }

    @DeleteMapping("/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void unsubscribe(@PathVariable UUID id) {
        push.unsubscribe(CurrentUser.require(), id);
    }

    private static byte[] base64url(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(field, "is required");
        }
        try {
            // Browsers send base64url without padding (W3C Push API); tolerate padding and the standard alphabet.
            return Base64.getUrlDecoder().decode(value.strip().replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(field, "is not base64url");
        }
    }
}
