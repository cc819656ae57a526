package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * A rendered report.
 *
 * @param png  the PNG bytes
 * @param kind {@link Kind#FULL} (drawn on the kept photo) or {@link Kind#SWATCHES} (drawn from the
 *             stored colours only, when no photo is kept)
 */
public record ReportImage(byte[] png, Kind kind) {

    public enum Kind {
        FULL("full"),
        SWATCHES("swatches");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public ReportImage {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(kind, "kind");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
