package io.aifashion.kit.events;

import io.aifashion.events.EventPayload;

/** Publishes a domain event reliably: in the caller's transaction, relayed to Kafka after commit. */
public interface EventPublisher {

    /** Records the event in the outbox; returns the event id. */
    java.util.UUID publish(EventPayload payload);
}
