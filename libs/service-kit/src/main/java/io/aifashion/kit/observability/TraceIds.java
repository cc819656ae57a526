package io.aifashion.kit.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The current trace id and W3C {@code traceparent}, for problem responses and event envelopes,
 * so that a user's error report or an event can be followed across services in the logs.
 */
public final class TraceIds {

    private final ObjectProvider<Tracer> tracer;

    public TraceIds(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    public Optional<String> currentTraceId() {
        Span span = currentSpan();
        if (span != null) {
            return Optional.of(span.context().traceId());
        }
        return Optional.ofNullable(MDC.get("traceId"));
    }

    /** W3C Trace Context header value {@code 00-<trace>-<span>-<flags>}, or null outside a trace. */
    public String currentTraceparent() {
        Span span = currentSpan();
        if (span == null) {
            return null;
        }
        var ctx = span.context();
        Boolean sampled = ctx.sampled();
        return "00-" + ctx.traceId() + "-" + ctx.spanId() + "-" + (Boolean.TRUE.equals(sampled) ? "01" : "00");
    }

    private Span currentSpan() {
        Tracer t = tracer.getIfAvailable();
        return t == null ? null : t.currentSpan();
    }
}
