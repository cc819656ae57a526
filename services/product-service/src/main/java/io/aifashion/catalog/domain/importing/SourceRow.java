package io.aifashion.catalog.domain.importing;

/** What a feed reader yields per row: a row to map, or the reason the row could not be read. */
public sealed interface SourceRow {

    long line();

    record Read(RawProduct product) implements SourceRow {
        @Override
        public long line() {
            return product.line();
        }
    }

    record Unreadable(long line, String reason) implements SourceRow {
    }
}
