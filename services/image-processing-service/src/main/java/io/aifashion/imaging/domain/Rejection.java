package io.aifashion.imaging.domain;

/**
 * Why an upload is not an image this service analyses. Each has a stable code that the API
 * returns as the problem's {@code reason}.
 */
public enum Rejection {
    /** Zero bytes. */
    EMPTY("empty"),
    /** More bytes than allowed. */
    TOO_LARGE("too-large"),
    /** The header declares more pixels than allowed: the decompression-bomb guard. */
    TOO_MANY_PIXELS("too-many-pixels"),
    /** Not a JPEG, PNG or WebP file (sniffed from the bytes), or an animation. */
    UNSUPPORTED_FORMAT("unsupported-format"),
    /** An image whose pixels cannot be read as colour (CMYK, YCCK print separations). */
    UNSUPPORTED_COLOR_MODEL("unsupported-color-model"),
    /** The file stops before its image data ends. */
    TRUNCATED("truncated"),
    /** The structure is damaged or the decoder refused the data. */
    CORRUPT("corrupt"),
    /** The image decoded but the measurement failed on its pixels. */
    ANALYSIS_FAILED("analysis-failed");

    private final String code;

    Rejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
