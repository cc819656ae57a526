package io.aifashion.kit.events;

import io.aifashion.events.EventCodec;
import io.aifashion.events.EventType;
import io.aifashion.events.MalformedEventException;
import io.aifashion.kit.observability.TraceContinuation;
import io.aifashion.kit.observability.TraceIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The outbox publisher and relay, the idempotent inbox, the event topics, and the listener error
 * handling (three retries with back-off, then the {@code .dlt} dead-letter topic; a malformed
 * event goes to the dead-letter topic at once since retrying cannot fix it).
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        io.aifashion.kit.observability.KitObservabilityAutoConfiguration.class})
@ConditionalOnBean({DataSource.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class KitEventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager txm,
                                   KafkaTemplate<String, String> kafka, OutboxProperties props,
                                   TraceContinuation traces, MeterRegistry meters) {
        return new OutboxRelay(jdbc, new TransactionTemplate(txm), kafka, props, traces, meters);
    }

    @Bean
    @ConditionalOnMissingBean(EventPublisher.class)
    public OutboxEventPublisher eventPublisher(JdbcClient jdbc, EventCodec codec, TraceIds traceIds,
                                               OutboxRelay relay, Clock clock) {
        return new OutboxEventPublisher(jdbc, codec, traceIds, relay, clock);
    }

    @Bean
    public EventInbox eventInbox(JdbcClient jdbc, PlatformTransactionManager txm, EventCodec codec,
                                 TraceContinuation traces, MeterRegistry meters) {
        return new EventInbox(jdbc, new TransactionTemplate(txm), codec, traces, meters);
    }

    /**
     * Every service forgets a deleted user's outbox events (docs/security.md, "Erasure"); only the kit's
     * own tests, which use UserDeleted as their sample event, switch it off.
     */
    @Bean
    @ConditionalOnMissingBean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(prefix = "aifashion.outbox",
            name = "erase-deleted-users", havingValue = "true", matchIfMissing = true)
    public UserEventErasure userEventErasure(EventInbox inbox, JdbcClient jdbc,
            @org.springframework.beans.factory.annotation.Value("${spring.application.name:service}") String service) {
        return new UserEventErasure(inbox, jdbc, service + "-outbox-erasure");
    }

    @Bean
    public KafkaAdmin.NewTopics aifashionTopics(OutboxProperties props) {
        List<NewTopic> topics = new ArrayList<>();
        for (EventType type : EventType.values()) {
            topics.add(new NewTopic(type.topic(), props.topicPartitions(), props.topicReplicas()));
            topics.add(new NewTopic(type.deadLetterTopic(), props.topicPartitions(), props.topicReplicas()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    public DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, MeterRegistry meters) {
        var recoverer = new CountingDeadLetterRecoverer(new DeadLetterPublishingRecoverer(kafka,
                (record, ex) -> new TopicPartition(record.topic() + ".dlt", record.partition())), meters);
        ExponentialBackOff backOff = new ExponentialBackOff(200, 3.0);
        backOff.setMaxAttempts(3);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }
}
