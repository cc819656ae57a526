package io.aifashion.identity.domain;

/** The password was right but the address has not been proven yet. */
public class EmailNotVerified extends RuntimeException {
    public EmailNotVerified() {
        super("e-mail address not verified");
    }
}
