package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.AnalyzerBusyException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of platform threads with a bounded waiting line, for CPU- and native-memory-bound
 * work. Request threads are virtual and unbounded; if each ran OpenCV itself a burst of uploads
 * would hold that many decoded photos in memory at once. Here they queue, the caller's thread waits
 * for the result, and when the line is full (or the wait runs out) the caller is told to retry
 * instead of adding to the pile.
 */
final class AnalysisWorkers implements AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final Duration waitTimeout;
    private final MeterRegistry meters;

    AnalysisWorkers(int workers, int queueCapacity, Duration waitTimeout, MeterRegistry meters) {
        this.pool = new ThreadPoolExecutor(workers, workers, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), threads(), new ThreadPoolExecutor.AbortPolicy());
        this.waitTimeout = waitTimeout;
        this.meters = meters;
        Gauge.builder("aifashion.imaging.queue", pool, p -> p.getQueue().size())
                .description("Uploads waiting for an analysis worker").register(meters);
    }

    /**
     * Runs {@code task} on a worker and waits for it. What the task throws is rethrown as it is.
     *
     * @throws AnalyzerBusyException when the line is full, the wait runs out, or the caller is interrupted
     */
    <T> T run(Callable<T> task) {
        Future<T> future;
        try {
            future = pool.submit(task);
        } catch (RejectedExecutionException full) {
            meters.counter("aifashion.imaging.rejected", "why", "queue-full").increment();
            throw new AnalyzerBusyException("Every analysis worker is busy and " + pool.getQueue().size()
                    + " photos are waiting; try again in a few seconds.", Duration.ofSeconds(5));
        }
        try {
            return future.get(waitTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            future.cancel(true);
            meters.counter("aifashion.imaging.rejected", "why", "timeout").increment();
            throw new AnalyzerBusyException("The analysis did not finish within " + waitTimeout.toMillis()
                    + " ms; try again shortly.", Duration.ofSeconds(10));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new AnalyzerBusyException("The analysis was interrupted (the service is stopping).",
                    Duration.ofSeconds(10));
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    int waiting() {
        return pool.getQueue().size();
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "imaging-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Lets queued work finish (up to 30 s), then stops the threads. */
    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
    }
}
