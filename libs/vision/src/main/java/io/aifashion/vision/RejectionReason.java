package io.aifashion.vision;

/**
 * Why an input was refused before any analysis ran. Each reason has a stable kebab-case
 * {@link #code()} that a web layer maps to a 4xx {@code application/problem+json} answer
 * (RFC 9457) and that the command line prints.
 */
public enum RejectionReason {
    /** Zero bytes. */
    EMPTY("empty"),
    /** More bytes than {@link io.aifashion.vision.decode.ImageLimits#maxBytes()}. */
    TOO_LARGE("too-large"),
    /** More pixels (read from the header, before decoding) than the limit allows: also the decompression-bomb guard. */
    TOO_MANY_PIXELS("too-many-pixels"),
    /** Not a JPEG, PNG or WebP file (sniffed from the bytes, never from a file name or declared type). */
    UNSUPPORTED_FORMAT("unsupported-format"),
    /** A supported format whose pixels cannot be measured as colour (CMYK, YCCK, animation). */
    UNSUPPORTED_COLOR_MODEL("unsupported-color-model"),
    /** The file stops before the image data ends. */
    TRUNCATED("truncated"),
    /** The structure is damaged or the decoder refused the data. */
    CORRUPT("corrupt");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    /** The stable kebab-case code, for example {@code too-many-pixels}. */
    public String code() {
        return code;
    }
}
