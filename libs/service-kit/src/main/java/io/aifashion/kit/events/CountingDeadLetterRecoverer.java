package io.aifashion.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * Counts the records parked on a dead-letter topic ({@code aifashion.events.dead.letters}, tagged
 * with the topic the record came from and the exception that sank it), after the delegate has
 * published them: a dead letter is an event a consumer gave up on, which an operator must look at.
 */
public final class CountingDeadLetterRecoverer implements ConsumerRecordRecoverer {

    private final ConsumerRecordRecoverer delegate;
    private final MeterRegistry meters;

    public CountingDeadLetterRecoverer(ConsumerRecordRecoverer delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        delegate.accept(record, exception);
        Counter.builder("aifashion.events.dead.letters")
                .description("consumed records sent to the dead-letter topic after failing")
                .tags("topic", record.topic(), "exception", cause(exception).getClass().getSimpleName())
                .register(meters).increment();
    }

    /** The listener's own exception rather than Spring's ListenerExecutionFailedException wrapper. */
    private static Throwable cause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c
                && c.getClass().getName().startsWith("org.springframework.kafka")) {
            c = c.getCause();
        }
        return c;
    }
}
