package io.aifashion.notification.infrastructure.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aifashion.events.payload.LabColor;
import io.aifashion.events.payload.SkinToneAnalyzed;
import io.aifashion.kit.support.EmbeddedInfrastructure;
import io.aifashion.notification.infrastructure.KafkaDeadLetters;
import io.aifashion.notification.support.ServiceTest;
import io.aifashion.notification.support.TestPushService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Web push end to end against a local push service: what arrives there is what a browser can
 * decrypt and a push service can authenticate; a gone subscription is forgotten; a failing one is
 * retried, given up, and announced on the dead-letter topic.
 */
class WebPushDeliveryTest extends ServiceTest {

    @Test
    void theBrowserCanDecryptWhatThePushServiceReceivesAndThePushServiceCanVerifyWhoSentIt() throws Exception {
        String user = newUser();
        registered(user, false, true);
        Browser browser = browser();
        String path = "/push/ok/" + UUID.randomUUID();
        String endpoint = WORLD.pushService().endpoint("ok", path.substring("/push/ok/".length()));
        assertThat(call(user, "POST", "/api/v1/push/subscriptions", body(endpoint, browser)).status()).isEqualTo(201);

        publish(analysis(user));

        await().atMost(PATIENCE).until(() -> !WORLD.pushService().receivedAt(path).isEmpty());
        TestPushService.Received push = WORLD.pushService().receivedAt(path).getFirst();
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("TTL")).isEqualTo("86400");
        assertThat(push.header("Urgency")).isEqualTo("normal");

        byte[] plain = WebPushEncryptionTest.Receiver.decrypt(push.body(), (ECPrivateKey) browser.keys().getPrivate(),
                browser.p256dh(), browser.auth());
        JsonNode message = JSON.readTree(new String(plain, StandardCharsets.UTF_8));
        assertThat(message.get("type").asString()).isEqualTo("analysis-ready");
        assertThat(message.get("title").asString()).isEqualTo("Your skin-tone analysis is ready");
        assertThat(jdbc.sql("select count(*) from notification where id = :id and user_id = :u")
                .param("id", UUID.fromString(message.get("id").asString())).param("u", user)
                .query(Long.class).single()).isEqualTo(1);

        String authorization = push.header("Authorization");
        assertThat(authorization).endsWith(", k=" + WORLD.vapidPublicKey());
        String jwt = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
        String[] parts = jwt.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"" + VapidSigner.audience(URI.create(endpoint)) + "\"",
                "\"sub\":\"mailto:ops@aifashion.test\"");
        Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
        verify.initVerify(new WebPushEncryption(new SecureRandom())
                .publicKey(Base64.getUrlDecoder().decode(WORLD.vapidPublicKey())));
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        await().atMost(PATIENCE).until(() -> "sent".equals(deliveryState(user, "push")));
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsForgotten() throws Exception {
        String user = newUser();
        registered(user, false, true);
        String endpoint = WORLD.pushService().endpoint("gone", UUID.randomUUID().toString());
        call(user, "POST", "/api/v1/push/subscriptions", body(endpoint, browser()));

        publish(analysis(user));

        await().atMost(PATIENCE).until(() -> "skipped".equals(deliveryState(user, "push")));
        assertThat(count("push_subscription", user)).isZero();
        assertThat(jdbc.sql("select attempts from delivery where user_id = :u and channel = 'push'").param("u", user)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPushThatKeepsFailingIsRetriedThenAnnouncedAsADeadLetter() throws Exception {
        String user = newUser();
        registered(user, false, true);
        String id = UUID.randomUUID().toString();
        call(user, "POST", "/api/v1/push/subscriptions", body(WORLD.pushService().endpoint("fail", id), browser()));

        publish(analysis(user));

        await().atMost(PATIENCE).until(() -> "dead".equals(deliveryState(user, "push")));
        // Three attempts (the test's push policy), each one a request the push service answered 500.
        assertThat(WORLD.pushService().receivedAt("/push/fail/" + id)).hasSize(3);
        UUID deliveryId = jdbc.sql("select id from delivery where user_id = :u and channel = 'push'")
                .param("u", user).query(UUID.class).single();
        await().atMost(PATIENCE).until(() -> jdbc.sql("select dead_announced_at is not null from delivery where id = :id")
                .param("id", deliveryId).query(Boolean.class).single());

        JsonNode letter = deadLetter(deliveryId);
        assertThat(letter.get("type").asString()).isEqualTo("NotificationDeliveryFailed");
        assertThat(letter.get("key").asString()).isEqualTo(user);
        assertThat(letter.get("payload").get("channel").asString()).isEqualTo("push");
        assertThat(letter.get("payload").get("kind").asString()).isEqualTo("analysis-ready");
        assertThat(letter.get("payload").get("attempts").asInt()).isEqualTo(3);
        assertThat(letter.get("payload").get("lastError").asString()).contains("500");
    }

    private static JsonNode deadLetter(UUID deliveryId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(KafkaDeadLetters.TOPIC));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode letter = JSON.readTree(r.value());
                    if (letter.get("payload").get("deliveryId").asString().equals(deliveryId.toString())) {
                        return letter;
                    }
                }
            }
        }
        throw new AssertionError("no dead letter for delivery " + deliveryId + " on " + KafkaDeadLetters.TOPIC);
    }

    record Browser(KeyPair keys, byte[] p256dh, byte[] auth) {
    }

    static Browser browser() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = g.generateKeyPair();
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        return new Browser(keys, WebPushEncryption.encodePoint((ECPublicKey) keys.getPublic()), auth);
    }

    static String body(String endpoint, Browser b) {
        Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
        return "{\"endpoint\":\"" + endpoint + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\""
                + e.encodeToString(b.p256dh()) + "\",\"auth\":\"" + e.encodeToString(b.auth()) + "\"}}";
    }

    static SkinToneAnalyzed analysis(String user) {
        return new SkinToneAnalyzed("a-" + UUID.randomUUID(), user, 8, 0.88, "#6b4a3a", new LabColor(35, 12, 15),
                -20, "neutral", null, null, "deep-winter", Instant.now());
    }
}
