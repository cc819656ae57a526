package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordHasher;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id (RFC 9106) with the OWASP Password Storage Cheat Sheet's first recommended parameter
 * set: 19 MiB of memory, 2 iterations, parallelism 1 — memory-hard enough to make GPU guessing
 * expensive while a sign-in costs tens of milliseconds on one core. 16-byte random salt, 32-byte
 * tag, stored in the PHC string format, so the parameters travel with each hash and
 * {@link #needsRehash} can spot hashes made with weaker ones.
 */
@Component
public class Argon2PasswordHasher implements PasswordHasher {

    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    private final String decoy;

    public Argon2PasswordHasher(SecureRandom random) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        // A hash of a random secret nobody knows, to spend equal effort on unknown accounts.
        this.decoy = encoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    @Override
    public String hash(Password password) {
        return encoder.encode(password.value());
    }

    @Override
    public boolean matches(Password password, String hash) {
        return encoder.matches(password.value(), hash);
    }

    @Override
    public void matchNothing(Password password) {
        encoder.matches(password.value(), decoy);
    }

    @Override
    public boolean needsRehash(String hash) {
        return encoder.upgradeEncoding(hash);
    }
}
