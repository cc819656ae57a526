package io.aifashion.identity.domain;

import java.text.Normalizer;

/**
 * A password as typed, normalised to Unicode NFKC (NIST SP 800-63B §5.1.1.2) so that the same
 * password entered on different keyboards hashes the same. Never printed: {@link #toString()}
 * hides it, so it cannot leak into logs by accident.
 */
public record Password(String value) {

    public static final String FIELD = "password";

    public Password {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(FIELD, "is required");
        }
    }

    /** Reads a password field; {@code field} names it in errors (e.g. {@code newPassword}). */
    public static Password of(String raw, String field) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        if (raw.length() > 4 * PasswordPolicy.MAX_LENGTH) {
            throw new InvalidInputException(field,
                    "must be at most " + PasswordPolicy.MAX_LENGTH + " characters long");
        }
        return new Password(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    }

    public int length() {
        return value.codePointCount(0, value.length());
    }

    @Override
    public String toString() {
        return "[password]";
    }
}
