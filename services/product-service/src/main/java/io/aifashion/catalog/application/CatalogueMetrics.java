package io.aifashion.catalog.application;

/**
 * What the catalogue reports about its own work, for dashboards and alerts (implemented with
 * Micrometer in the infrastructure; docs/catalog.md, "Metrics").
 */
public interface CatalogueMetrics {

    /**
     * Rows of one committed import batch, or rows refused: {@code imported} rows were written or
     * found unchanged, {@code rejected} rows could not be imported (bad field, duplicate SKU), and
     * {@code unknownColour} of the imported rows kept a colour the dictionary does not know.
     */
    void importRows(long imported, long rejected, long unknownColour);

    /** One colour search: how long it took, how many index entries it read, and whether it had a category. */
    void colourSearch(long nanos, int candidatesRead, boolean inCategory);
}
