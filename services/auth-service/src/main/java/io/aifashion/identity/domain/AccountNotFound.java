package io.aifashion.identity.domain;

/** The token's subject names no account (any more). */
public class AccountNotFound extends RuntimeException {
    public AccountNotFound(String subject) {
        super("no account " + subject);
    }
}
