package io.aifashion.kit.observability;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Trace-id lookup shared by error responses and event envelopes, and the continuation of a trace
 * stored with an outbox event when it is relayed and consumed.
 */
@AutoConfiguration
public class KitObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TraceIds traceIds(ObjectProvider<Tracer> tracer) {
        return new TraceIds(tracer);
    }

    @Bean
    @ConditionalOnMissingBean
    public TraceContinuation traceContinuation(ObjectProvider<Tracer> tracer) {
        return new TraceContinuation(tracer);
    }
}
