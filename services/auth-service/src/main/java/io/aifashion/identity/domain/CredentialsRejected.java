package io.aifashion.identity.domain;

/**
 * A sign-in failed. Deliberately says nothing about why — unknown e-mail and wrong password look
 * the same (OWASP Authentication Cheat Sheet, "Authentication and error messages").
 */
public class CredentialsRejected extends RuntimeException {
    public CredentialsRejected() {
        super("E-mail or password is incorrect.");
    }
}
