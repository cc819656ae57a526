package io.aifashion.catalog.domain.importing;

import java.util.Iterator;

/**
 * Port: the rows of one feed file (CSV in the styles.csv or the full layout, or JSON lines), in
 * file order. Reading is lazy so that files larger than memory import in batches.
 */
public interface ProductSource extends Iterator<SourceRow>, AutoCloseable {

    /** The format and layout recognised, e.g. {@code csv/styles}, {@code csv/full}, {@code jsonl}. */
    String layout();

    /** Bytes of the input consumed so far, for progress reporting. */
    long bytesRead();

    @Override
    void close();
}
