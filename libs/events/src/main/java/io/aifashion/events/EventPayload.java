package io.aifashion.events;

/**
 * A payload carried in an {@link EventEnvelope}. Each payload knows its partition key — the id of
 * the user or product it is about — so that events about one subject keep their order in Kafka.
 */
public interface EventPayload {

    /** The partition key: the user id or product id this event is about. */
    String partitionKey();

    default EventType eventType() {
        return EventType.of(getClass());
    }
}
