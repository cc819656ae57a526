package io.aifashion.catalog.application;

import io.aifashion.catalog.domain.importing.RowError;
import java.util.List;

/**
 * What an import did.
 *
 * @param layout          the format recognised ({@code csv/styles}, {@code csv/full}, {@code jsonl})
 * @param rows            data rows read (header excluded)
 * @param imported        rows now in the catalogue: created + updated + unchanged
 * @param created         new products
 * @param updated         products whose content changed
 * @param unchanged       rows identical to the catalogue (a re-import has only these)
 * @param failed          rows not imported; each is in {@code errors} (up to {@value #MAX_ERRORS} of them)
 * @param unknownColours  imported rows with a colour the dictionary does not know (kept as "unknown")
 * @param batches         transactions committed
 * @param errors          the first rows that failed, with line and reason
 * @param errorsTruncated whether more rows failed than are listed
 * @param millis          wall-clock duration
 * @param rowsPerSecond   rows (good and bad) processed per second
 */
public record ImportReport(String layout, long rows, long imported, long created, long updated, long unchanged,
                           long failed, long unknownColours, int batches, List<RowError> errors,
                           boolean errorsTruncated, long millis, long rowsPerSecond) {

    public static final int MAX_ERRORS = 1000;

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public static ImportReport of(String layout, long rows, long created, long updated, long unchanged, long failed,
                                  long unknownColours, int batches, List<RowError> errors, boolean errorsTruncated,
                                  long millis) {
        return new ImportReport(layout, rows, created + updated + unchanged, created, updated, unchanged, failed,
                unknownColours, batches, errors, errorsTruncated, millis,
                millis <= 0 ? rows * 1000 : rows * 1000 / millis);
    }
}
