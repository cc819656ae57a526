package io.aifashion.imaging.domain;

import java.util.Objects;

/** The upload is not an image this service can analyse; nothing was stored or cached. */
public class UnusableImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    public UnusableImageException(Rejection rejection, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.rejection = Objects.requireNonNull(rejection, "rejection");
    }

    public Rejection rejection() {
        return rejection;
    }
}
