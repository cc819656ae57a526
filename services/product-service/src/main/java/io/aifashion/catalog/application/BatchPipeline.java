package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.importing.BatchOutcome;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Overlaps reading and validating the next batch with writing the current one: batches are written
 * one at a time, in order, on a second thread, with at most one batch in flight. On a two-core
 * machine this keeps both busy (the reader in the JVM, the writer mostly waiting on PostgreSQL)
 * without changing what is written or in which order.
 */
final class BatchPipeline implements AutoCloseable {

    /** A batch the writer refused, with the index of the batch (0-based) and the cause. */
    static final class BatchFailed extends RuntimeException {
        final int batch;

        BatchFailed(int batch, RuntimeException cause) {
            super(cause);
            this.batch = batch;
        }
    }

    private final CatalogueWriter writer;
    private final Consumer<BatchOutcome> done;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("catalog-batch-writer").daemon().factory());
    private Future<BatchOutcome> inFlight;
    private int submitted;

    /** @param done called, on the caller's thread and in batch order, with each written batch's outcome */
    BatchPipeline(CatalogueWriter writer, Consumer<BatchOutcome> done) {
        this.writer = writer;
        this.done = done;
    }

    /** Waits for the batch in flight, then starts writing this one. */
    void submit(List<ProductContent> batch) {
        awaitInFlight();
        List<ProductContent> copy = List.copyOf(batch);
        inFlight = thread.submit(() -> writer.write(copy));
        submitted++;
    }

    /** Waits until every submitted batch is written. */
    void finish() {
        awaitInFlight();
    }

    private void awaitInFlight() {
        if (inFlight == null) {
            return;
        }
        try {
            BatchOutcome outcome = inFlight.get();
            inFlight = null;
            done.accept(outcome);
        } catch (ExecutionException e) {
            inFlight = null;
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException(e.getCause());
            throw new BatchFailed(submitted - 1, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a batch", e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
