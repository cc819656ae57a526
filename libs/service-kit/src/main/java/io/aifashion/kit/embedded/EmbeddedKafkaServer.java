package io.aifashion.kit.embedded;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real single-node Kafka broker in KRaft mode, running in this JVM (spring-kafka's
 * {@link EmbeddedKafkaKraftBroker}). Its log is temporary: in this system Kafka is the transport,
 * and every event's durable copy is in the producing service's outbox table.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    /** @param port the broker port, or 0 for any free port */
    public static EmbeddedKafkaServer start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        if (port > 0) {
            broker.kafkaPorts(port);
        }
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "offsets.topic.num.partitions", "5",
                "group.initial.rebalance.delay.ms", "0",
                "log.flush.interval.messages", "1"));
        broker.afterPropertiesSet();
        return new EmbeddedKafkaServer(broker);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** Stops the broker process but keeps its log, as an outage would. */
    public void stopBroker() {
        KafkaClusterTestKit cluster = broker.getCluster();
        cluster.brokers().values().forEach(b -> {
            b.shutdown();
            b.awaitShutdown();
        });
    }

    /** Starts the broker again after {@link #stopBroker()}, on the same port. */
    public void restartBroker() {
        broker.getCluster().brokers().values().forEach(b -> b.startup());
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
