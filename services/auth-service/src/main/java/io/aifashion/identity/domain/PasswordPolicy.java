package io.aifashion.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which passwords an account may have, following NIST SP 800-63B §5.1.1.2 and the OWASP
 * Authentication Cheat Sheet: length is what counts (at least 12 characters, at most 128 so that
 * hashing cost stays bounded; every character is allowed, no composition rules), and passwords
 * that attackers try first are refused — breached roots with decoration ("Password1234!"),
 * keyboard and alphabet runs, repeated patterns, too few different characters, and the user's own
 * e-mail name or display name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 5;
    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz",
            "0123456789012345678901234567890123456789",
            "qwertyuiopasdfghjklzxcvbnm",
            "1234567890qwertyuiopasdfghjklzxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp",
            "zaq1xsw2cde3vfr4bgt5nhy6mju7ki8lo9p0");

    private final Set<String> breachedRoots;

    public PasswordPolicy(Set<String> breachedRoots) {
        Set<String> roots = new HashSet<>();
        breachedRoots.forEach(r -> roots.add(r.toLowerCase(Locale.ROOT)));
        this.breachedRoots = Set.copyOf(roots);
    }

    /** The policy with the shipped list of breached password roots. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the class path");
            }
            Set<String> roots = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        roots.add(word);
                    }
                }
            }
            return new PasswordPolicy(roots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Throws {@link InvalidInputException} naming {@code field} if {@code password} may not be used
     * by the account with this e-mail address and name.
     */
    public void check(Password password, EmailAddress email, DisplayName name, String field) {
        String reason = reasonToRefuse(password, email, name);
        if (reason != null) {
            throw new InvalidInputException(field, reason);
        }
    }

    String reasonToRefuse(Password password, EmailAddress email, DisplayName name) {
        String p = password.value();
        int length = password.length();
        if (length < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters long (a few unrelated words make a good one)";
        }
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        if (p.isBlank()) {
            return "must not be only spaces";
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            return "uses too few different characters";
        }
        if (repeatsAShortPattern(lower)) {
            return "repeats a short pattern";
        }
        if (isRun(lower)) {
            return "is a keyboard or alphabet sequence";
        }
        if (breachedRoots.contains(lower) || breachedRoots.contains(root(lower))) {
            return "is too common: it is found in lists of breached passwords";
        }
        if (email != null && containsPersonal(lower, email.localPart())) {
            return "must not contain your e-mail address";
        }
        String nameLetters = name == null ? ""
                : name.value().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (containsPersonal(lower, nameLetters)) {
            return "must not contain your name";
        }
        return null;
    }

    /** The password without leading and trailing digits and symbols: "Password1234!" → "password". */
    private static String root(String lower) {
        return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    private static boolean repeatsAShortPattern(String s) {
        int n = s.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && s.substring(0, unit).repeat(n / unit).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(String s) {
        for (String run : RUNS) {
            if (run.contains(s) || new StringBuilder(run).reverse().toString().contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPersonal(String password, String personal) {
        String cleaned = personal.toLowerCase(Locale.ROOT).replaceAll("[._%+-]", "");
        return cleaned.length() >= 4 && password.replaceAll("[._%+-]", "").contains(cleaned);
    }
}
