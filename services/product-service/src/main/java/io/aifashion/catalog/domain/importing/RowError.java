package io.aifashion.catalog.domain.importing;

/** A row that was not imported: its line and why. */
public record RowError(long line, String reason) {
}
