package io.aifashion.kit.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay tuning.
 *
 * @param pollInterval   how often the relay looks for pending events when nothing woke it
 * @param batchSize      events relayed per round: all sent, then their acknowledgements awaited together
 * @param sendTimeout    how long a round waits for the broker's acknowledgements of its batch
 * @param maxBackoff     the longest pause between attempts while the broker is unreachable
 * @param retention      how long published events are kept for inspection before deletion
 * @param topicPartitions partitions of the topics the kit creates
 * @param topicReplicas  replication factor of the topics the kit creates
 */
@ConfigurationProperties("aifashion.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, Duration sendTimeout, Duration maxBackoff,
                               Duration retention, int topicPartitions, short topicReplicas) {
    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        batchSize = batchSize <= 0 ? 500 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(5) : maxBackoff;
        retention = retention == null ? Duration.ofDays(7) : retention;
        topicPartitions = topicPartitions <= 0 ? 3 : topicPartitions;
        topicReplicas = topicReplicas <= 0 ? 1 : topicReplicas;
    }
}
