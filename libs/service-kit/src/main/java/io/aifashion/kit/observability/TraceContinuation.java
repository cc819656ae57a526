package io.aifashion.kit.observability;

import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Continues a trace across the outbox: work done later, on another thread or in another service,
 * is made part of the trace whose {@link Traceparent} was stored with an event. Without it the
 * outbox relay, which runs outside any request, would start a new trace for every event it sends.
 */
public final class TraceContinuation {

    private final ObjectProvider<Tracer> tracer;

    public TraceContinuation(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    /**
     * Makes the stored span the current context until the scope closes, without starting a span:
     * spans started meanwhile (the Kafka producer observation's, for one) become its children and
     * the {@code traceparent} they propagate carries the original trace id.
     */
    public CurrentTraceContext.Scope resume(String traceparent) {
        Tracer t = tracer.getIfAvailable();
        if (t == null) {
            return () -> { };
        }
        return Traceparent.parse(traceparent)
                .map(tp -> t.currentTraceContext().newScope(context(t, tp)))
                .orElse(() -> { });
    }

    /**
     * Starts a span named {@code name} as a child of the stored span and makes it current, unless
     * the current span already belongs to that trace (as it does when the Kafka listener
     * observation has continued it from the record's headers). Closing the scope ends the span.
     */
    public Tracer.SpanInScope continueIn(String traceparent, String name) {
        Tracer t = tracer.getIfAvailable();
        if (t == null) {
            return () -> { };
        }
        var parsed = Traceparent.parse(traceparent);
        Span current = t.currentSpan();
        if (parsed.isEmpty() || (current != null && parsed.get().traceId().equals(current.context().traceId()))) {
            return () -> { };
        }
        Span span = t.spanBuilder().setParent(context(t, parsed.get())).name(name).start();
        Tracer.SpanInScope scope = t.withSpan(span);
        return () -> {
            scope.close();
            span.end();
        };
    }

    private static TraceContext context(Tracer t, Traceparent tp) {
        return t.traceContextBuilder().traceId(tp.traceId()).spanId(tp.parentId()).sampled(tp.sampled()).build();
    }
}
