package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.ProductContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * (Re)generates the demo catalogue: upserts the generated products in batches (unchanged ones
 * are left alone and publish nothing) and removes demo products that the new size no longer
 * includes. Products that are not demo products (other SKUs) are never touched.
 */
public class RegenerateDemoCatalogue {

    /** What a regeneration did. */
    public record Report(int products, long created, long updated, long unchanged, int removed, long millis) {
    }

    private final DemoCatalogue generator;
    private final CatalogueWriter writer;
    private final int batchSize;

    public RegenerateDemoCatalogue(DemoCatalogue generator, CatalogueWriter writer, int batchSize) {
        this.generator = generator;
        this.writer = writer;
        this.batchSize = batchSize;
    }

    public Report run(int products, long seed, ImportProgress progress) {
        long started = System.nanoTime();
        Iterator<ProductContent> it = generator.generate(products, seed);
        Set<String> skus = new HashSet<>(products * 2);
        List<ProductContent> batch = new ArrayList<>(batchSize);
        long[] totals = new long[4];
        try (BatchPipeline pipeline = new BatchPipeline(writer, (b, o) -> {
            totals[0] += o.created().size();
            totals[1] += o.updated().size();
            totals[2] += o.unchanged();
            totals[3] += o.created().size() + o.updated().size() + o.unchanged();
            progress.advanced(0, totals[3]);
        })) {
            while (it.hasNext()) {
                ProductContent p = it.next();
                skus.add(p.sku());
                batch.add(p);
                if (batch.size() == batchSize || !it.hasNext()) {
                    pipeline.submit(batch);
                    batch.clear();
                }
            }
            pipeline.finish();
        } catch (BatchPipeline.BatchFailed e) {
            throw (RuntimeException) e.getCause();
        }
        int removed = writer.deleteByPrefixExcept(DemoCatalogue.SKU_PREFIX, skus);
        return new Report(products, totals[0], totals[1], totals[2], removed, (System.nanoTime() - started) / 1_000_000);
    }
}
