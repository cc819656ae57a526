package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.InvalidProductException;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.importing.BatchOutcome;
import io.aifashion.catalog.domain.importing.MappedRow;
import io.aifashion.catalog.domain.importing.ProductRowMapper;
import io.aifashion.catalog.domain.importing.ProductSource;
import io.aifashion.catalog.domain.importing.RowError;
import io.aifashion.catalog.domain.importing.SourceRow;
import io.aifashion.color.InvalidColorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a feed: every good row is created or updated (idempotent by SKU: a re-import changes
 * nothing and publishes nothing), every bad row is reported with its line and reason, and rows
 * are written in batches of {@code batchSize}, each batch all-or-nothing. If the database refuses
 * a batch the import stops there with {@link ImportAbortedException}: earlier batches stay, the
 * failed one left nothing behind, and the one written beside it may have committed (it is counted
 * in the report); running the import again finishes the job. Reading the next batch overlaps
 * writing the current two ({@link BatchPipeline}).
 */
public class ImportProducts {

    private final ProductRowMapper mapper;
    private final CatalogueWriter writer;
    private final int batchSize;
    private final CatalogueMetrics metrics;

    public ImportProducts(ProductRowMapper mapper, CatalogueWriter writer, int batchSize, CatalogueMetrics metrics) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        }
        this.mapper = mapper;
        this.writer = writer;
        this.batchSize = batchSize;
        this.metrics = metrics;
    }

    /** Running totals of one import; each committed batch (and the rows refused so far) goes to the metrics. */
    private final class Tally {
        final List<RowError> errors = new ArrayList<>();
        final List<Long> batchFirstLines = new ArrayList<>();
        final List<Long> batchUnknown = new ArrayList<>();
        long rows;
        long failed;
        long unknownColours;
        long created;
        long updated;
        long unchanged;
        int batches;
        long failedCounted;

        void fail(long line, String reason) {
            failed++;
            if (errors.size() < ImportReport.MAX_ERRORS) {
                errors.add(new RowError(line, reason));
            }
        }

        void written(int batch, BatchOutcome o) {
            created += o.created().size();
            updated += o.updated().size();
            unchanged += o.unchanged();
            long unknown = batchUnknown.get(batch);
            unknownColours += unknown;
            batches++;
            metrics.importRows(o.created().size() + o.updated().size() + o.unchanged(), failed - failedCounted,
                    unknown);
            failedCounted = failed;
        }

        /** Rows refused after the last committed batch. */
        void countRemainingFailures() {
            metrics.importRows(0, failed - failedCounted, 0);
            failedCounted = failed;
        }

        ImportReport report(String layout, long started) {
            return ImportReport.of(layout, rows, created, updated, unchanged, failed, unknownColours, batches,
                    errors, failed > errors.size(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    public ImportReport run(ProductSource source, ImportProgress progress) {
        long started = System.nanoTime();
        Tally tally = new Tally();
        // The first line of every SKU, so that a repeated SKU is reported rather than applied twice.
        Map<String, Long> seen = new HashMap<>();
        List<ProductContent> batch = new ArrayList<>(batchSize);
        long unknown = 0;
        long firstLine = 0;
        try (BatchPipeline pipeline = new BatchPipeline(writer, (b, o) -> {
            tally.written(b, o);
            progress.advanced(source.bytesRead(), tally.rows);
        })) {
            try {
                while (source.hasNext()) {
                    SourceRow row = source.next();
                    tally.rows++;
                    MappedRow mapped = null;
                    String reason = null;
                    switch (row) {
                        case SourceRow.Unreadable u -> reason = u.reason();
                        case SourceRow.Read r -> {
                            try {
                                mapped = mapper.map(r.product());
                            } catch (InvalidProductException | InvalidColorException e) {
                                reason = e.getMessage();
                            }
                        }
                    }
                    if (mapped != null) {
                        Long first = seen.putIfAbsent(mapped.content().sku(), row.line());
                        if (first != null) {
                            reason = "duplicate sku " + mapped.content().sku() + " (first on line " + first + ")";
                        }
                    }
                    if (reason != null) {
                        tally.fail(row.line(), reason);
                        continue;
                    }
                    if (batch.isEmpty()) {
                        firstLine = row.line();
                    }
                    batch.add(mapped.content());
                    if (mapped.unknownColour()) {
                        unknown++;
                    }
                    if (batch.size() == batchSize) {
                        tally.batchFirstLines.add(firstLine);
                        tally.batchUnknown.add(unknown);
                        pipeline.submit(batch);
                        batch.clear();
                        unknown = 0;
                    }
                }
                if (!batch.isEmpty()) {
                    tally.batchFirstLines.add(firstLine);
                    tally.batchUnknown.add(unknown);
                    pipeline.submit(batch);
                }
                pipeline.finish();
            } catch (BatchPipeline.BatchFailed e) {
                tally.countRemainingFailures();
                throw new ImportAbortedException(tally.report(source.layout(), started),
                        tally.batchFirstLines.get(e.batch), (RuntimeException) e.getCause());
            }
        }
        tally.countRemainingFailures();
        progress.advanced(source.bytesRead(), tally.rows);
        return tally.report(source.layout(), started);
    }
}
