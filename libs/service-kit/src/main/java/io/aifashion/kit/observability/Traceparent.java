package io.aifashion.kit.observability;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A W3C Trace Context {@code traceparent} value (W3C Recommendation "Trace Context", §3.2):
 * {@code version-traceid-parentid-flags}, lower-case hex, where the trace and parent ids are not all
 * zeros. The outbox stores the one current when an event was written, so that relaying and
 * consuming it continue the request's trace.
 *
 * @param traceId  32 hex digits
 * @param parentId 16 hex digits: the span the event was written in
 * @param sampled  the {@code sampled} bit of the trace flags
 */
public record Traceparent(String traceId, String parentId, boolean sampled) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern PARENT_ID = Pattern.compile("[0-9a-f]{16}");

    public Traceparent {
        if (traceId == null || !TRACE_ID.matcher(traceId).matches() || traceId.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("trace id must be 32 lower-case hex digits, not all zero: " + traceId);
        }
        if (parentId == null || !PARENT_ID.matcher(parentId).matches() || parentId.chars().allMatch(c -> c == '0')) {
            throw new IllegalArgumentException("parent id must be 16 lower-case hex digits, not all zero: " + parentId);
        }
    }

    /**
     * Parses a header value; empty if absent or not a valid version-00 compatible value (the
     * specification says to ignore such a header and start a new trace rather than fail).
     */
    public static Optional<Traceparent> parse(String value) {
        if (value == null || value.length() < 55 || !FORMAT.matcher(value.substring(0, 55)).matches()) {
            return Optional.empty();
        }
        String version = value.substring(0, 2);
        // Version ff is invalid; version 00 is exactly 55 characters; later versions may append fields.
        if ("ff".equals(version) || ("00".equals(version) && value.length() != 55)) {
            return Optional.empty();
        }
        String traceId = value.substring(3, 35);
        String parentId = value.substring(36, 52);
        if (traceId.chars().allMatch(c -> c == '0') || parentId.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        int flags = Integer.parseInt(value.substring(53, 55), 16);
        return Optional.of(new Traceparent(traceId, parentId, (flags & 1) == 1));
    }

    /** The version-00 header value. */
    public String value() {
        return "00-" + traceId + "-" + parentId + "-" + (sampled ? "01" : "00");
    }
}
