package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.importing.BatchOutcome;
import io.aifashion.catalog.domain.importing.BulkProductStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;


/**
 * Overlaps reading and validating the next batch with writing the current ones: batches are
 * written on {@value #WRITERS} threads, each in its own transaction on its own connection, with at
 * most {@value #WRITERS} in flight. A PostgreSQL backend uses one core, and per row the database
 * does more work than the JVM (index maintenance, text vectors), so on a two-core machine two
 * backends writing side by side roughly halve the time; more would only queue for the cores.
 * The pipeline holds the catalogue's bulk-writer lock while open, so the batches of other imports
 * wait, while its own batches, whose SKUs are distinct, may commit in any order.
 * Outcomes are reported in batch order on the caller's thread.
 */
final class BatchPipeline implements AutoCloseable {

    static final int WRITERS = 2;

    /** Receives each written batch's outcome with the batch's index (0-based). */
    @FunctionalInterface
    interface Written {
        void accept(int batch, BatchOutcome outcome);
    }

    /** A batch in flight and its index. */
    private record Pending(int batch, Future<BatchOutcome> outcome) {
    }

    /** A batch the writer refused, with the index of the batch (0-based) and the cause. */
    static final class BatchFailed extends RuntimeException {
        final int batch;

        BatchFailed(int batch, RuntimeException cause) {
            super(cause);
            this.batch = batch;
        }
    }

    private final CatalogueWriter writer;
    private final Written done;
    private final BulkProductStore.BulkWriteLock lock;
    private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS,
            Thread.ofPlatform().name("catalog-batch-writer-", 0).daemon().factory());
    private final Deque<Pending> inFlight = new ArrayDeque<>(WRITERS);
    private int submitted;

    /**
     * Takes the bulk-writer lock (waiting for another import to finish).
     *
     * @param done called, on the caller's thread and in batch order, with each written batch's outcome
     */
    BatchPipeline(CatalogueWriter writer, Written done) {
        this.writer = writer;
        this.done = done;
        this.lock = writer.holdBulkWriteLock();
    }

    /** Waits until fewer than {@value #WRITERS} batches are in flight, then starts writing this one. */
    void submit(List<ProductContent> batch) {
        while (inFlight.size() >= WRITERS) {
            awaitOldest();
        }
        List<ProductContent> copy = List.copyOf(batch);
        inFlight.addLast(new Pending(submitted, threads.submit(() -> writer.write(copy))));
        submitted++;
    }

    /** Waits until every submitted batch is written. */
    void finish() {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
    }

    /**
     * Waits for the oldest batch in flight. If it failed, the later ones still in flight are
     * waited for too — they commit or roll back on their own — and reported if they were written,
     * before the failure is thrown.
     */
    private void awaitOldest() {
        Pending oldest = inFlight.removeFirst();
        try {
            done.accept(oldest.batch(), await(oldest.outcome()));
        } catch (ExecutionException e) {
            for (Pending later : inFlight) {
                try {
                    done.accept(later.batch(), await(later.outcome()));
                } catch (ExecutionException ignored) {
                    // the first failure is the one reported
                }
            }
            inFlight.clear();
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause());
            throw new BatchFailed(oldest.batch(), cause);
        }
    }

    private static BatchOutcome await(Future<BatchOutcome> f) throws ExecutionException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        try {
            // The lock must outlive every write of this pipeline.
            while (!threads.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // a batch still writing: keep the lock until it ends
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.close();
        }
    }
}
