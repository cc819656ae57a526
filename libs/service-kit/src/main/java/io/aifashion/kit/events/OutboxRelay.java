package io.aifashion.kit.events;

import io.aifashion.kit.observability.TraceContinuation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the outbox to Kafka, oldest first. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} so several instances of a service can relay side by side. Each
 * round sends a batch of up to {@link OutboxProperties#batchSize()} events and waits for all their
 * acknowledgements at once. A round with a failed send makes the relay back off exponentially up
 * to {@link OutboxProperties#maxBackoff()}; an event stays pending until the broker acknowledges
 * it. Delivery is therefore at-least-once; consumers de-duplicate by event id. Each event is sent
 * inside the trace it was written in ({@link TraceContinuation}), so the Kafka record's
 * {@code traceparent} header continues the request that produced it.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties props;
    private final TraceContinuation traces;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private final Counter relayed;
    private final Counter failures;
    private volatile boolean running;
    private volatile boolean woken;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties props, TraceContinuation traces, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.props = props;
        this.traces = traces;
        this.relayed = Counter.builder("aifashion.outbox.relayed").description("events sent to Kafka")
                .register(meters);
        this.failures = Counter.builder("aifashion.outbox.send.failures")
                .description("failed attempts to send an outbox event").register(meters);
        Gauge.builder("aifashion.outbox.backlog", this, OutboxRelay::backlogForGauge)
                .description("events waiting in the outbox").register(meters);
    }

    /** Asks the relay to look for pending events now rather than at its next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Events not yet acknowledged by Kafka. */
    public long backlog() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    private double backlogForGauge() {
        try {
            return running ? backlog() : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * One round: claims up to a batch of pending events, hands them all to the producer, then waits
     * for every acknowledgement together (one round trip per partition batch instead of one per
     * event) and marks the acknowledged ones published in one statement.
     *
     * <p>Order per key holds because events are handed to the producer oldest first and an event's
     * key picks its partition; the idempotent producer ({@code enable.idempotence}, KIP-98) neither
     * reorders nor duplicates records within a partition across its own retries. An event that is
     * not acknowledged stays pending and is sent again in a later round (at-least-once).
     *
     * @return how many events were sent, or -1 if any failed (the caller backs off)
     */
    public int relayOnce() {
        Integer sent = tx.execute(status -> {
            List<PendingEvent> batch = jdbc.sql("""
                    select seq, id, topic, event_key, event_type, envelope, traceparent from outbox_event
                    where published_at is null order by seq limit :limit for update skip locked
                    """)
                    .param("limit", props.batchSize())
                    .query((rs, i) -> new PendingEvent(rs.getLong("seq"), rs.getObject("id", UUID.class),
                            rs.getString("topic"), rs.getString("event_key"), rs.getString("event_type"),
                            rs.getString("envelope"), rs.getString("traceparent")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            RoundResult result = sendAll(batch);
            if (!result.published().isEmpty()) {
                jdbc.sql("update outbox_event set published_at = now(), last_error = null where seq in (:seqs)")
                        .param("seqs", result.published()).update();
                relayed.increment(result.published().size());
            }
            if (!result.failed().isEmpty()) {
                failures.increment(result.failed().size());
                jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :err where seq in (:seqs)")
                        .param("err", result.firstError()).param("seqs", result.failed()).update();
                log.warn("Outbox: {} of {} events could not be sent, e.g. to {}: {} — will retry",
                        result.failed().size(), batch.size(), result.firstFailedTopic(), result.firstError());
            }
            return result.complete() ? result.published().size() : -1;
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Hands every event to the producer, each inside the trace it was written in, then collects
     * the acknowledgements within one {@link OutboxProperties#sendTimeout()}. A send refused at once
     * (the producer could not even fetch the topic's metadata) ends the hand-over: the broker is
     * away, and each further send would block for {@code max.block.ms}.
     */
    private RoundResult sendAll(List<PendingEvent> batch) {
        List<CompletableFuture<?>> futures = new ArrayList<>(batch.size());
        String refusal = null;
        for (PendingEvent e : batch) {
            try (var ignored = traces.resume(e.traceparent())) {
                futures.add(kafka.send(record(e)));
            } catch (RuntimeException ex) {
                refusal = rootMessage(ex);
                break;
            }
        }
        long deadline = System.nanoTime() + props.sendTimeout().toNanos();
        List<Long> published = new ArrayList<>(futures.size());
        List<Long> failed = new ArrayList<>();
        String firstError = refusal;
        String firstFailedTopic = refusal == null ? null : batch.get(futures.size()).topic();
        if (refusal != null) {
            failed.add(batch.get(futures.size()).seq());
        }
        boolean interrupted = false;
        for (int i = 0; i < futures.size(); i++) {
            CompletableFuture<?> f = futures.get(i);
            if (!interrupted) {
                try {
                    f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    interrupted = true;
                } catch (ExecutionException | TimeoutException ex) {
                    // classified below from the future's state
                }
            }
            PendingEvent e = batch.get(i);
            if (f.isDone() && !f.isCompletedExceptionally()) {
                published.add(e.seq());
            } else if (f.isDone() || !interrupted) {
                // Failed, or not acknowledged in time (it may still arrive: then it is sent twice).
                failed.add(e.seq());
                if (firstError == null) {
                    firstError = f.isCancelled() ? "send cancelled" : f.isDone() ? rootMessage(f.exceptionNow())
                            : "no acknowledgement within " + props.sendTimeout();
                    firstFailedTopic = e.topic();
                }
            }
            // Interrupted (shutting down) before the outcome was known: left pending, not counted.
        }
        boolean complete = published.size() == batch.size();
        return new RoundResult(published, failed, firstError, firstFailedTopic, complete);
    }

    /** Deletes published events older than the retention period. */
    public int purgePublished() {
        return jdbc.sql("delete from outbox_event where published_at < now() - make_interval(secs => :secs)")
                .param("secs", (double) props.retention().toSeconds()).update();
    }

    private ProducerRecord<String, String> record(PendingEvent e) {
        ProducerRecord<String, String> r = new ProducerRecord<>(e.topic(), e.key(), e.envelope());
        r.headers().add("event-id", e.id().toString().getBytes(StandardCharsets.UTF_8));
        r.headers().add("event-type", e.type().getBytes(StandardCharsets.UTF_8));
        if (e.traceparent() != null) {
            r.headers().add("traceparent", e.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        long lastPurge = 0;
        while (running) {
            int sent;
            try {
                sent = relayOnce();
                if (System.currentTimeMillis() - lastPurge > 3_600_000) {
                    purgePublished();
                    lastPurge = System.currentTimeMillis();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay round failed: {}", rootMessage(e));
                sent = -1;
            }
            if (sent < 0) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : backoff.multipliedBy(2);
                if (backoff.compareTo(props.maxBackoff()) > 0) {
                    backoff = props.maxBackoff();
                }
                pause(backoff, false);
            } else {
                backoff = Duration.ZERO;
                if (sent < props.batchSize()) {
                    pause(props.pollInterval(), true);
                }
            }
        }
    }

    private void pause(Duration d, boolean wakeable) {
        lock.lock();
        try {
            if (wakeable && woken) {
                woken = false;
                return;
            }
            long nanos = d.toNanos();
            while (running && nanos > 0 && !(wakeable && woken)) {
                nanos = signal.awaitNanos(nanos);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("outbox-relay").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(props.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the web server and Kafka are up; stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private record RoundResult(List<Long> published, List<Long> failed, String firstError, String firstFailedTopic,
                               boolean complete) {
    }

    private record PendingEvent(long seq, UUID id, String topic, String key, String type, String envelope,
                                String traceparent) {
    }
}
