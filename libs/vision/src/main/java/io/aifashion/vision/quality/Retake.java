package io.aifashion.vision.quality;

import java.util.Objects;

/**
 * The answer when a photo cannot be trusted: which problem decided it, and a message for the user.
 * The analysis then carries no tone for that face (never a guess).
 *
 * @param reason  the deciding problem
 * @param message a sentence with the measured detail, e.g. "The face is 48 pixels wide; at least 64 are needed."
 */
public record Retake(QualityWarning reason, String message) {

    public Retake {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** The deciding problem's code. */
    public String code() {
        return reason.code();
    }
}
