package io.aifashion.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * {@code FOR UPDATE SKIP LOCKED} so several instances of a service can relay side by side. A send
 * that fails stops the round (later events wait, keeping per-key order) and the relay backs off
 * exponentially up to {@link OutboxProperties#maxBackoff()}; the event stays pending until the
 * broker acknowledges it. Delivery is therefore at-least-once; consumers de-duplicate by event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties props;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private final Counter relayed;
    private final Counter failures;
    private volatile boolean running;
    private volatile boolean woken;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
                       OutboxProperties props, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.props = props;
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

    /** One round: relays up to a batch of pending events; returns how many were sent, -1 on a failure. */
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
            List<Long> done = new ArrayList<>();
            boolean failed = false;
            for (PendingEvent e : batch) {
                try {
                    kafka.send(record(e)).get(props.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    done.add(e.seq());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    failed = true;
                    break;
                } catch (Exception ex) {
                    failures.increment();
                    failed = true;
                    jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :err where seq = :seq")
                            .param("err", String.valueOf(rootMessage(ex))).param("seq", e.seq()).update();
                    log.warn("Outbox: could not send event {} ({}) to {}: {} — will retry", e.id(), e.type(),
                            e.topic(), rootMessage(ex));
                    break;
                }
            }
            if (!done.isEmpty()) {
                jdbc.sql("update outbox_event set published_at = now(), last_error = null where seq in (:seqs)")
                        .param("seqs", done).update();
                relayed.increment(done.size());
            }
            return failed ? -1 : done.size();
        });
        return sent == null ? 0 : sent;
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

    private record PendingEvent(long seq, UUID id, String topic, String key, String type, String envelope,
                                String traceparent) {
    }
}
