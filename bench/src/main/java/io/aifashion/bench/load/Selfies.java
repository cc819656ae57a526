package io.aifashion.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Face photos for the analysis step, read at run time from a folder (default
 * /work/shared/data/faces; never copied into the repository). The analysis service answers a
 * photo it has seen within the hour from its cache, so by default every upload is made unique:
 * a JPEG comment segment (COM, ITU T.81 §B.2.4.5) carrying a counter is inserted after the SOI
 * marker. The pixels are unchanged, the bytes (and so the cache key) differ, and each upload
 * costs a full analysis, as it would for shoppers' own selfies.
 */
public final class Selfies {

    private final List<byte[]> photos;
    private final boolean unique;

    public Selfies(Path dir, boolean unique) {
        try (Stream<Path> files = Files.list(dir)) {
            this.photos = files.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.jpe?g"))
                    .sorted().map(Selfies::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list face photos in " + dir, e);
        }
        if (photos.isEmpty()) {
            throw new IllegalArgumentException("no .jpg face photos in " + dir);
        }
        this.unique = unique;
    }

    public int count() {
        return photos.size();
    }

    /** The n-th upload: photo n modulo the count, made unique if asked. */
    public byte[] upload(long n, String runId) {
        byte[] jpeg = photos.get((int) (n % photos.size()));
        if (!unique) {
            return jpeg;
        }
        byte[] text = ("ai-fashion load test " + runId + " #" + n).getBytes(StandardCharsets.US_ASCII);
        int len = text.length + 2;
        byte[] out = new byte[jpeg.length + 2 + len];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) (len >> 8);
        out[5] = (byte) len;
        System.arraycopy(text, 0, out, 6, text.length);
        System.arraycopy(jpeg, 2, out, 6 + text.length, jpeg.length - 2);
        return out;
    }

    private static byte[] read(Path p) {
        try {
            byte[] b = Files.readAllBytes(p);
            if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
                throw new IllegalArgumentException(p + " is not a JPEG");
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
