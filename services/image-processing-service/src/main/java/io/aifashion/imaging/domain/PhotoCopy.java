package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * The photo as kept when its owner consented: re-encoded upright pixels (no EXIF, GPS or other
 * metadata of the upload survives re-encoding) and the full report drawn on it.
 *
 * @param image     the re-encoded photo
 * @param mediaType its format, e.g. {@code image/jpeg}
 * @param width     pixels
 * @param height    pixels
 * @param report    the report PNG (photo with face boxes and skin mask, swatches, Monk scale)
 */
public record PhotoCopy(byte[] image, String mediaType, int width, int height, byte[] report) {

    public PhotoCopy {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(report, "report");
        if (image.length == 0 || report.length == 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("an empty photo copy");
        }
        image = image.clone();
        report = report.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public byte[] report() {
        return report.clone();
    }
}
