package io.aifashion.identity.domain;

/** What an account may do; published in the access token's {@code roles} claim. */
public enum Role {
    /** Every account. */
    USER,
    /** Operators: key rotation and other administrative endpoints. */
    ADMIN
}
