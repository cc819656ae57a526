package io.aifashion.notification.infrastructure.push;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.PushSubscription;
import io.aifashion.notification.domain.SendOutcome;
import io.aifashion.notification.infrastructure.LiveMessages;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a notification to a browser through its push service (RFC 8030 §5): an encrypted body
 * (RFC 8291), a VAPID {@code Authorization} (RFC 8292), a {@code TTL} for how long the push service
 * may hold it while the device is offline, and {@code Urgency: normal} (§5.3).
 *
 * <p>201 means the push service took it (§5). 404 and 410 mean the subscription is gone (§7.3) and is
 * forgotten. 429 and 5xx are worth retrying; any other 4xx (a malformed request, a VAPID key the
 * subscription was not made with, a body too large) would fail again and is final. Redirects are
 * never followed: the endpoint was checked, where it points to was not.
 */
public final class WebPushSender implements ChannelSender {

    private final HttpClient http;
    private final WebPushEncryption encryption;
    private final VapidSigner vapid;
    private final LiveMessages messages;
    private final Duration ttl;
    private final Duration timeout;

    public WebPushSender(HttpClient http, WebPushEncryption encryption, VapidSigner vapid, LiveMessages messages,
                         Duration ttl, Duration timeout) {
        this.http = http;
        this.encryption = encryption;
        this.vapid = vapid;
        this.messages = messages;
        this.ttl = ttl;
        this.timeout = timeout;
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        PushSubscription subscription = message.subscription();
        byte[] payload = messages.notificationWithin(message.notification(), WebPushEncryption.MAX_PLAINTEXT);
        byte[] body = encryption.encrypt(payload, subscription.keys().p256dh(), subscription.keys().auth());
        HttpRequest request = HttpRequest.newBuilder(subscription.endpoint())
                .timeout(timeout)
                .header("TTL", String.valueOf(ttl.toSeconds()))
                .header("Urgency", "normal")
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", vapid.authorization(subscription.endpoint()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String said = "push service answered " + status;
            if (status >= 200 && status < 300) {
                return new SendOutcome.Sent(said);
            }
            if (status == 404 || status == 410) {
                return new SendOutcome.Gone(said + ": the subscription no longer exists");
            }
            if (status == 429 || status >= 500) {
                return new SendOutcome.Retry(said + brief(response.body()));
            }
            return new SendOutcome.Failed(said + brief(response.body()));
        } catch (IOException e) {
            return new SendOutcome.Retry("push service unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retry("interrupted while sending");
        }
    }

    private static String brief(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String b = body.strip();
        return ": " + (b.length() > 300 ? b.substring(0, 300) : b);
    }
}
