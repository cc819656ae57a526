package io.aifashion.identity.domain;

/** A refresh token could not be exchanged, and why. */
public class RefreshRejected extends RuntimeException {

    private final RefreshStatus status;

    public RefreshRejected(RefreshStatus status) {
        super("refresh token " + status.name().toLowerCase(java.util.Locale.ROOT));
        if (status == RefreshStatus.ACTIVE) {
            throw new IllegalArgumentException("an active token is not a rejection");
        }
        this.status = status;
    }

    public RefreshStatus status() {
        return status;
    }
}
