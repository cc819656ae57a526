package io.aifashion.catalog.infrastructure.persistence;

import io.aifashion.catalog.domain.Product;
import io.aifashion.catalog.domain.ProductColour;
import io.aifashion.catalog.domain.ProductContent;
import io.aifashion.catalog.domain.ProductIds;
import io.aifashion.catalog.domain.importing.BatchOutcome;
import io.aifashion.catalog.domain.importing.BulkProductStore;
import io.aifashion.catalog.domain.search.LabGrid;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import batches with COPY. A batch first reads which of its SKUs exist (with their content
 * digests) in one indexed query, then copies the new and changed rows in; a changed row is deleted
 * and re-inserted with its id and creation time (its colour-index rows go with it by cascade).
 * The caller holds the bulk-writer lock and its batch the catalogue lock shared
 * ({@link CatalogueLock}), so no other writer adds one of the SKUs in between.
 */
public class PgBulkProductStore implements BulkProductStore {

    private static final String COPY_PRODUCT = "copy product (" + ProductRows.WRITE_COLUMNS + ") from stdin";
    private static final String COPY_COLOUR = "copy product_colour (product_id, position, rgb, category_keys, cell)"
            + " from stdin";

    private final DataSource dataSource;
    private final Semaphore inProcess = new Semaphore(1, true);
    private final JdbcClient jdbc;
    private final PgCopy copy;
    private final ProductRows rows;
    private final Clock clock;

    public PgBulkProductStore(DataSource dataSource, JdbcClient jdbc, PgCopy copy, ProductRows rows, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.copy = copy;
        this.rows = rows;
        this.clock = clock;
    }

    private record Existing(UUID id, long hash, Instant createdAt) {
    }

    @Override
    public BulkWriteLock holdBulkWriteLock() {
        // Bulk writers of this process queue here first, so that waiting ones hold no pooled
        // connection: the one holding the lock needs two more for its batches.
        inProcess.acquireUninterruptibly();
        // A connection of its own, outside any transaction, holds the session lock for the whole
        // import; closing it (or the process dying) releases it.
        Connection con;
        try {
            con = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            inProcess.release();
            throw new DataAccessResourceFailureException("no connection for the bulk-writer lock", e);
        }
        try (Statement st = con.createStatement()) {
            st.execute(CatalogueLock.BULK_SQL);
        } catch (SQLException e) {
            close(con);
            inProcess.release();
            throw new DataAccessResourceFailureException("could not take the bulk-writer lock", e);
        }
        return () -> {
            try (Statement st = con.createStatement()) {
                st.execute(CatalogueLock.BULK_RELEASE_SQL);
            } catch (SQLException e) {
                // Closing the connection below ends the session, which releases the lock anyway.
            } finally {
                close(con);
                inProcess.release();
            }
        };
    }

    private static void close(Connection con) {
        try {
            con.close();
        } catch (SQLException e) {
            // nothing left to release
        }
    }

    @Override
    public void lockBatch() {
        jdbc.sql(CatalogueLock.SHARED_SQL).query((rs, i) -> 1).list();
    }

    @Override
    public BatchOutcome upsert(List<ProductContent> batch) {
        if (batch.isEmpty()) {
            return new BatchOutcome(List.of(), List.of(), 0);
        }
        String[] skus = batch.stream().map(ProductContent::sku).toArray(String[]::new);
        Map<String, Existing> existing = new HashMap<>();
        jdbc.sql("select sku, id, content_hash, created_at from product where sku = any(:skus)")
                .param("skus", skus)
                .query(rs -> {
                    existing.put(rs.getString(1), new Existing(rs.getObject(2, UUID.class), rs.getLong(3),
                            rs.getTimestamp(4).toInstant()));
                });
        Instant now = clock.instant();
        List<Product> created = new ArrayList<>();
        List<Product> updated = new ArrayList<>();
        int unchanged = 0;
        for (ProductContent content : batch) {
            Existing e = existing.get(content.sku());
            if (e == null) {
                created.add(new Product(ProductIds.next(now), content, now, now));
            } else if (e.hash() != content.contentHash()) {
                updated.add(new Product(e.id(), content, e.createdAt(), now));
            } else {
                unchanged++;
            }
        }
        if (!updated.isEmpty()) {
            jdbc.sql("delete from product where id = any(:ids)")
                    .param("ids", updated.stream().map(Product::id).toArray(UUID[]::new))
                    .update();
        }
        List<Product> write = new ArrayList<>(created.size() + updated.size());
        write.addAll(created);
        write.addAll(updated);
        if (!write.isEmpty()) {
            copyProducts(inHeapOrder(write));
        }
        return new BatchOutcome(created, updated, unchanged);
    }

    @Override
    public List<UUID> deleteByPrefixExcept(String prefix, Set<String> keep) {
        // An anti-join against the unnested array: linear in both sizes, unlike "sku <> all(...)".
        return jdbc.sql("""
                        delete from product p
                        where p.sku like :pattern
                          and not exists (select 1 from unnest(:keep) k(sku) where k.sku = p.sku)
                        returning p.id""")
                .param("pattern", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("keep", keep.toArray(String[]::new))
                .query((rs, i) -> rs.getObject(1, UUID.class))
                .list();
    }

    /**
     * The order rows are written in: by master category, brand, sub-category, article type, then
     * gender. PostgreSQL appends a COPY's rows to the heap in the order given, so a batch's products
     * of one brand, and within it of one type, share heap pages. Listing reads from the heap, one by
     * one, the matches of a category filter and of a common word — which mostly names a type
     * ("shirt", "jeans") or a brand —; grouped, they are on several times fewer pages, and each
     * page costs ~2 µs (at a million products, a word matching 4 % of them was on 32,000 of the
     * table's 73,000 pages, 80 ms, in the feed's own order). Brand comes before type because the
     * two cannot both be contiguous, and the master category keeps a type's products within a few
     * runs per brand: simulated over the benchmark catalogue in batches of 10,000, the pages holding
     * the matches of a brand word fell from 32,000 to 3,300 and those of "shirt" rose from 7,700
     * (type first) to 12,800 (none grouped: 48,000).
     */
    static List<Product> inHeapOrder(List<Product> products) {
        // One sort key per product, compared as a whole: a chained comparator re-read five fields
        // per comparison (4 % of an import's JVM time).
        record Keyed(String key, Product product) {
        }
        List<Keyed> keyed = new ArrayList<>(products.size());
        for (Product p : products) {
            ProductContent c = p.content();
            keyed.add(new Keyed(c.category().masterCategory() + '\u0000' + (c.brand() == null ? "" : c.brand())
                    + '\u0000' + c.category().subCategory() + '\u0000' + c.category().articleType() + '\u0000'
                    + c.gender().code(), p));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::product).toList();
    }

    private void copyProducts(List<Product> products) {
        CopyText product = new CopyText(products.size() * 400);
        CopyText colour = new CopyText(products.size() * 120);
        Map<Integer, ProductColour> distinct = new HashMap<>();
        Map<Integer, ProductColour> primaries = new HashMap<>();
        Map<String, ColourRows.InCategory> pairs = new HashMap<>();
        for (Product p : products) {
            ProductContent c = p.content();
            ProductColour primary = c.primaryColour();
            product.add(p.id())
                    .add(c.sku())
                    .add(c.name())
                    .add(c.brand())
                    .add(c.gender().code())
                    .add(c.category().masterCategory())
                    .add(c.category().subCategory())
                    .add(c.category().articleType())
                    .add(c.price() == null ? null : c.price().amount().toPlainString())
                    .add(c.price() == null ? null : c.price().currency())
                    .addArray(c.sizes())
                    .add(c.imageUrl())
                    .addArray(c.seasons())
                    .addArray(c.usages())
                    .add(c.year())
                    .add(c.availability().code())
                    .add(primary.name())
                    .add(primary.hex());
            if (primary.known()) {
                product.add(primary.lab().l()).add(primary.lab().a()).add(primary.lab().b());
            } else {
                product.add((String) null).add((String) null).add((String) null);
            }
            product.add(primary.family().code())
                    .add(rows.coloursJson(c.secondaryColours()))
                    .add(c.shade() == null ? null : c.shade().name())
                    .add(c.shade() == null ? null : c.shade().hex())
                    .add(c.shade() == null ? null : Integer.toString(c.shade().monkTone()))
                    .add(c.contentHash())
                    .add(p.createdAt().toString())
                    .add(p.updatedAt().toString())
                    .endRow();
            List<ProductColour> colours = c.colours();
            List<String> keys = c.category().keys();
            for (int position = 0; position < colours.size(); position++) {
                ProductColour pc = colours.get(position);
                if (pc.known()) {
                    int rgb = ColourRows.rgb(pc);
                    distinct.putIfAbsent(rgb, pc);
                    if (position == 0) {
                        primaries.putIfAbsent(rgb, pc);
                    }
                    for (String key : keys) {
                        pairs.putIfAbsent(key + '\u0000' + rgb, new ColourRows.InCategory(key, pc));
                    }
                    colour.add(p.id()).add((long) position).add((long) rgb).addArray(keys)
                            .add((long) LabGrid.cellOf(pc.lab())).endRow();
                }
            }
        }
        copy.copyIn(COPY_PRODUCT, product.text());
        if (!colour.isEmpty()) {
            ColourRows.insertNew(jdbc, distinct.values());
            ColourRows.insertNewPairs(jdbc, pairs.values());
            ColourRows.insertNewPrimaries(jdbc, primaries.values());
            copy.copyIn(COPY_COLOUR, colour.text());
        }
        // Last, after the colour tables: the two batch writers take their row locks table by table
        // in one order (each statement in key order), so neither waits on a lock the other holds
        // while holding one it wants.
        FacetPriceBounds.widen(jdbc, products);
    }
}
