package io.aifashion.identity.domain;

/** Turns passwords into slow, salted hashes and checks them. */
public interface PasswordHasher {

    String hash(Password password);

    boolean matches(Password password, String hash);

    /**
     * Spends the same effort as {@link #matches} against a hash no password matches, so that a
     * sign-in with an unknown e-mail takes as long as one with a wrong password.
     */
    void matchNothing(Password password);

    /** Whether the hash was made with weaker parameters than today's and should be replaced. */
    boolean needsRehash(String hash);
}
