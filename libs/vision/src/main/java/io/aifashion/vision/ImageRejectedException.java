package io.aifashion.vision;

import java.util.Objects;

/**
 * The input is not an image this library will analyse. Thrown for bad input only (never for a
 * programming error), before any expensive work where possible: size, format and pixel-count
 * checks read the header and do not decode.
 */
public final class ImageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RejectionReason reason;

    public ImageRejectedException(RejectionReason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The machine-readable reason. */
    public RejectionReason reason() {
        return reason;
    }

    /** The reason's kebab-case code, for example {@code unsupported-format}. */
    public String code() {
        return reason.code();
    }
}
