package io.aifashion.catalog.application;

/** Told after every committed batch how far an import has got (for the CLI's progress bar). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (bytes, rows) -> { };

    void advanced(long bytesRead, long rowsDone);
}
