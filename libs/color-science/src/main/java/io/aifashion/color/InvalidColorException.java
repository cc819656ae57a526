package io.aifashion.color;

import java.util.Objects;

/**
 * Thrown when a caller hands the colour-science library a value it cannot work with: a malformed
 * {@code #rrggbb} string, a CIELAB value outside the range any surface colour can have, an empty
 * palette or tone scale, and so on.
 *
 * <p>Why one dedicated type: the service layer maps it to HTTP 400 (RFC 9457 problem details) and
 * names the offending {@link #field() field}, so the message must say what was wrong in terms a
 * client can act on, and the type must be distinguishable from programming errors
 * ({@link NullPointerException}, {@link IllegalStateException}).
 */
public final class InvalidColorException extends IllegalArgumentException {

    private final String field;
    private final String rejectedValue;

    /**
     * @param field         the logical name of the offending input, e.g. {@code "hex"}, {@code "lab.l"},
     *                      {@code "palette"}; the service layer may prefix it with its own request path
     * @param rejectedValue the value as the caller gave it (may be {@code null} when it was missing)
     * @param message       what was wrong and what would have been accepted
     */
    public InvalidColorException(String field, String rejectedValue, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.rejectedValue = rejectedValue;
    }

    /** The logical name of the rejected input, e.g. {@code "hex"} or {@code "lab.a"}. */
    public String field() {
        return field;
    }

    /** The rejected value as text, or {@code null} when the input was missing. */
    public String rejectedValue() {
        return rejectedValue;
    }
}
