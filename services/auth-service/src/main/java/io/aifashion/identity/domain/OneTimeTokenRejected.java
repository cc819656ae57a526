package io.aifashion.identity.domain;

/** A verification or reset token is unknown, used, expired or for another purpose. */
public class OneTimeTokenRejected extends RuntimeException {

    private final TokenPurpose purpose;

    public OneTimeTokenRejected(TokenPurpose purpose) {
        super(purpose.kind() + " token is invalid, used or expired");
        this.purpose = purpose;
    }

    public TokenPurpose purpose() {
        return purpose;
    }
}
