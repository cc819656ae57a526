package io.aifashion.identity.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * An opaque bearer secret — a refresh, e-mail verification or password-reset token: 256 bits from
 * a CSPRNG (OWASP ASVS 3.2.2 asks for at least 128), base64url without padding (43 characters).
 * The value is shown once, to its owner; only its {@link #hash()} is stored.
 */
public record SecretToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public SecretToken {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a token");
        }
    }

    public static SecretToken generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a token a client sent; {@code field} names it in the error. */
    public static SecretToken parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (!FORMAT.matcher(raw).matches()) {
            throw new InvalidInputException(field, "is not a token this service issued (43 base64url characters)");
        }
        return new SecretToken(raw);
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "[token]";
    }
}
