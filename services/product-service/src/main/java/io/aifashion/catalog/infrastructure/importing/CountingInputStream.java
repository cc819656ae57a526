package io.aifashion.catalog.infrastructure.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for progress reporting; optionally refuses to read past a limit. */
public final class CountingInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    /** @param limit the most bytes to read before failing with {@link TooLargeException}, or -1 for no limit */
    public CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Thrown when the input is larger than the limit. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long limit) {
            super("input is larger than " + limit + " bytes");
        }
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) throws IOException {
        count += n;
        if (limit >= 0 && count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
