package io.aifashion.imaging.domain;

import java.util.Objects;

/**
 * A quality warning or a retake verdict: a stable kebab-case code clients switch on (for example
 * {@code no-face}, {@code too-dark}) and a sentence for the person who took the photo.
 */
public record Notice(String code, String message) {

    public Notice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!code.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a notice code is kebab-case: " + code);
        }
    }
}
