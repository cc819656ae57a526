package io.aifashion.notification.infrastructure;

import io.aifashion.notification.application.AnnounceDeadLetters;
import io.aifashion.notification.application.DispatchDeliveries;
import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.DispatchSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * One worker thread per channel this instance can send on, plus one announcing dead letters. Each
 * works while there is work, then waits for its poll interval or for a wake-up (a new delivery was
 * committed). Channels are independent: an SMTP outage, with its connection timeouts, never delays
 * a WebSocket message.
 */
public class DeliveryWorkers implements SmartLifecycle, DispatchSignal {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);
    private static final Duration MAX_ERROR_PAUSE = Duration.ofSeconds(10);

    private final DispatchDeliveries dispatch;
    private final AnnounceDeadLetters deadLetters;
    private final Duration pollInterval;
    private final Duration stopTimeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private final AtomicLong generation = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public DeliveryWorkers(DispatchDeliveries dispatch, AnnounceDeadLetters deadLetters, Duration pollInterval,
                           Duration stopTimeout) {
        this.dispatch = dispatch;
        this.deadLetters = deadLetters;
        this.pollInterval = pollInterval;
        this.stopTimeout = stopTimeout;
    }

    @Override
    public void deliveriesWaiting() {
        lock.lock();
        try {
            generation.incrementAndGet();
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        running = true;
        for (Channel channel : Channel.values()) {
            if (dispatch.canSend(channel)) {
                threads.add(worker("notify-" + channel.wireName(), () -> dispatch.attemptNext(channel)));
            }
        }
        threads.add(worker("notify-dead-letters", deadLetters::announceBatch));
    }

    private Thread worker(String name, BooleanSupplier round) {
        return Thread.ofPlatform().daemon().name(name).start(() -> loop(name, round));
    }

    private void loop(String name, BooleanSupplier round) {
        Duration errorPause = Duration.ZERO;
        while (running) {
            long seen = generation.get();
            try {
                if (round.getAsBoolean()) {
                    errorPause = Duration.ZERO;
                    continue;
                }
                errorPause = Duration.ZERO;
                await(seen, pollInterval);
            } catch (RuntimeException e) {
                // The database is away, most likely; the deliveries wait in it, so back off and try again.
                errorPause = errorPause.isZero() ? Duration.ofMillis(200) : errorPause.multipliedBy(2);
                if (errorPause.compareTo(MAX_ERROR_PAUSE) > 0) {
                    errorPause = MAX_ERROR_PAUSE;
                }
                log.warn("{}: round failed, pausing {} ms: {}", name, errorPause.toMillis(), e.toString());
                await(Long.MIN_VALUE, errorPause);
            }
        }
    }

    /** Waits up to {@code timeout}, or until woken after generation {@code seen} (never, for MIN_VALUE). */
    private void await(long seen, Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (running && nanos > 0 && (seen == Long.MIN_VALUE || generation.get() == seen)) {
                nanos = signal.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void stop() {
        running = false;
        lock.lock();
        try {
            signal.signalAll();
        } finally {
            lock.unlock();
        }
        // One budget for all workers: an attempt in flight (an SMTP send) may finish and be recorded.
        long deadline = System.nanoTime() + stopTimeout.toNanos();
        for (Thread t : threads) {
            try {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) {
                    t.join(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after everything else (the web server, Kafka); stop before it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
