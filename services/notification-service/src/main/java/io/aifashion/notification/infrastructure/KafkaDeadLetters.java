package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.DeadLetter;
import io.aifashion.notification.domain.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes dead deliveries to {@value #TOPIC}, keyed by user, in the same envelope shape as the
 * system's events (docs/events.md "Notification dead letters"). It is an operators' topic, not a
 * domain event, so it is not in {@code libs/events}.
 */
public class KafkaDeadLetters implements DeadLetters {

    public static final String TOPIC = "aifashion.notification.delivery-failed.v1";
    public static final String TYPE = "NotificationDeliveryFailed";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final Clock clock;

    public KafkaDeadLetters(KafkaTemplate<String, String> kafka, JsonMapper json, Clock clock) {
        this.kafka = kafka;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void publish(DeadLetter letter) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", letter.deliveryId().toString());
        payload.put("notificationId", letter.notificationId().toString());
        payload.put("sourceEventId", letter.sourceEventId().toString());
        payload.put("userId", letter.userId());
        payload.put("kind", letter.kind().wireName());
        payload.put("channel", letter.channel().wireName());
        payload.put("attempts", letter.attempts());
        payload.put("lastError", letter.lastError());
        payload.put("createdAt", letter.createdAt().toString());
        payload.put("deadAt", letter.deadAt().toString());
        Map<String, Object> envelope = new LinkedHashMap<>();
        // The delivery id doubles as the message id: a re-announcement is recognisable as the same.
        envelope.put("id", letter.deliveryId().toString());
        envelope.put("type", TYPE);
        envelope.put("version", 1);
        envelope.put("occurredAt", clock.instant().toString());
        envelope.put("key", letter.userId());
        envelope.put("traceparent", null);
        envelope.put("payload", payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, letter.userId(),
                json.writeValueAsString(envelope));
        record.headers().add("event-id", letter.deliveryId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("event-type", TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the dead letter: " + e.getMessage(), e);
        }
    }
}
