package io.aifashion.identity.domain;

import java.text.Normalizer;

/**
 * The name a user is greeted with: 1 to 60 characters of letters (any script), combining marks,
 * digits and single spaces, with {@code . ' -} allowed between them ("Anne-Marie O'Neil Jr.").
 *
 * <p>Two punctuation marks may not touch and the name must start with a letter or digit: real
 * names never need that, while SQL and script injection payloads ({@code admin'--},
 * {@code x' OR '1'='1}, {@code <script>}) always do. Storage is parameterised regardless; this is
 * input validation in the sense of OWASP ASVS 5.1.3 (allow-lists for structured data), so that
 * a stored name is safe to show anywhere. Text is normalised to Unicode NFC so that visually
 * identical names compare equal.
 */
public record DisplayName(String value) {

    public static final String FIELD = "displayName";
    public static final int MAX_LENGTH = 60;

    public DisplayName {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidInputException(FIELD, problem);
        }
    }

    public static DisplayName parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException(FIELD, "is required");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            throw new InvalidInputException(FIELD, "must be at most " + MAX_LENGTH + " characters long");
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll(" {2,}", " ");
        return new DisplayName(normalised);
    }

    private static String problemWith(String v) {
        if (v == null || v.isEmpty()) {
            return "is required";
        }
        int length = v.codePointCount(0, v.length());
        if (length > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        int[] cps = v.codePoints().toArray();
        if (!Character.isLetterOrDigit(cps[0])) {
            return "must start with a letter or digit";
        }
        boolean previousWasMark = false;
        for (int cp : cps) {
            boolean punctuation = cp == '.' || cp == '\'' || cp == '-';
            boolean allowed = Character.isLetterOrDigit(cp) || cp == ' ' || punctuation
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
            if (!allowed) {
                return "may contain only letters, digits, spaces and . ' -";
            }
            if (punctuation && previousWasMark) {
                return "must not have two punctuation marks in a row";
            }
            previousWasMark = punctuation;
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
