package io.aifashion.catalog.application;

/**
 * An import batch could not be written (the database refused it or went away). The batch left no
 * trace — it is one transaction — and the batches before it are committed, as may be the one
 * written beside it; {@code partial} says how far the import got. Imports are idempotent, so running the same file again finishes the job.
 */
public final class ImportAbortedException extends RuntimeException {

    private final ImportReport partial;
    private final long failedBatchFirstLine;

    public ImportAbortedException(ImportReport partial, long failedBatchFirstLine, RuntimeException cause) {
        super("import stopped at the batch starting on line " + failedBatchFirstLine + ": " + rootMessage(cause), cause);
        this.partial = partial;
        this.failedBatchFirstLine = failedBatchFirstLine;
    }

    public ImportReport partial() {
        return partial;
    }

    public long failedBatchFirstLine() {
        return failedBatchFirstLine;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        int newline = m.indexOf('\n');
        return newline < 0 ? m : m.substring(0, newline);
    }
}
