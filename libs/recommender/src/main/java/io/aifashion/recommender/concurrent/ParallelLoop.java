package io.aifashion.recommender.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs a loop body over {@code [0, n)} on a fixed number of platform threads. Each worker owns one
 * scratch object (buffers for a conjugate-gradient solve, a score vector, ...) so the body never
 * allocates per index and never shares mutable state with another worker.
 *
 * <p>Indices are handed out in small chunks from a shared counter, which balances skewed work
 * (a few heavy users in a long-tailed data set) without a work-stealing pool. Which thread handles
 * an index never changes the result, as long as the body writes only to slots owned by that index.
 */
public final class ParallelLoop {

    private final int threads;

    public ParallelLoop(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor. */
    public static ParallelLoop ofAvailableProcessors() {
        return new ParallelLoop(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /** Runs {@code body(scratch, i)} for every i in [0, n); returns when all are done. */
    public <S> void forEach(int n, Supplier<S> scratch, ObjIntConsumer<S> body) {
        if (n <= 0) {
            return;
        }
        int workers = Math.min(threads, n);
        if (workers == 1) {
            S own = scratch.get();
            for (int i = 0; i < n; i++) {
                body.accept(own, i);
            }
            return;
        }
        int chunk = Math.max(1, Math.min(256, n / (workers * 16)));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                S own = scratch.get();
                for (int start = next.getAndAdd(chunk); start < n && failure.get() == null;
                     start = next.getAndAdd(chunk)) {
                    int end = Math.min(n, start + chunk);
                    for (int i = start; i < end; i++) {
                        body.accept(own, i);
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        List<Thread> started = new ArrayList<>(workers - 1);
        for (int w = 1; w < workers; w++) {
            started.add(Thread.ofPlatform().name("recommender-worker-" + w).daemon(true).start(work));
        }
        work.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    failure.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException("parallel loop interrupted", t);
        }
    }

    /** Convenience for bodies that need no scratch state. */
    public void forEach(int n, java.util.function.IntConsumer body) {
        forEach(n, () -> null, (ignored, i) -> body.accept(i));
    }
}
