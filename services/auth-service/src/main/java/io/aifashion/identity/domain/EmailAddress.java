package io.aifashion.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in canonical form (trimmed, lower case), which is also the account's unique
 * sign-in name.
 *
 * <p>The accepted syntax is a deliberate, practical subset of RFC 5321/5322: dot-atoms of letters,
 * digits and {@code . _ % + -} before the {@code @}, and a DNS host name with a top-level domain
 * after it. Quoted local parts and the rarer atom characters ({@code ' = ! # ...}) are refused —
 * they are almost never real addresses and are the characters injection payloads are built from.
 * Lengths follow RFC 5321 §4.5.3.1: 64 octets for the local part, 254 for the whole address.
 * Lower-casing the local part is not required by the RFCs but every large provider treats it as
 * case-insensitive, and it stops "Alice@x" and "alice@x" from becoming two accounts.
 */
public record EmailAddress(String value) {

    public static final String FIELD = "email";
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9_%+-]+(\\.[a-z0-9_%+-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}");

    public EmailAddress {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidInputException(FIELD, problem);
        }
    }

    /** Canonicalises and validates what a user typed. */
    public static EmailAddress parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(FIELD, "is required");
        }
        if (raw.length() > MAX_LENGTH + 16) {
            // Refuse before doing any work on an absurdly long input.
            throw new InvalidInputException(FIELD, "must be at most " + MAX_LENGTH + " characters long");
        }
        return new EmailAddress(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    private static String problemWith(String v) {
        if (v == null || v.isEmpty()) {
            return "is required";
        }
        if (v.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        int at = v.indexOf('@');
        if (at <= 0 || at != v.lastIndexOf('@') || at == v.length() - 1) {
            return "must be an e-mail address such as name@example.com";
        }
        String local = v.substring(0, at);
        String domain = v.substring(at + 1);
        if (local.length() > MAX_LOCAL_LENGTH) {
            return "must have at most " + MAX_LOCAL_LENGTH + " characters before the @";
        }
        if (!LOCAL.matcher(local).matches()) {
            return "may contain only letters, digits and . _ % + - before the @";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "must have a domain such as example.com after the @";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "must have a valid domain name after the @";
            }
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return "must end in a top-level domain such as .com";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
