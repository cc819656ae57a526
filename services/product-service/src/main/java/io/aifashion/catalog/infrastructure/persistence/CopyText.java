package io.aifashion.catalog.infrastructure.persistence;

import java.util.List;

/**
 * Builds the text format of PostgreSQL's {@code COPY ... FROM STDIN}: one line per row, columns
 * separated by tabs, {@code \N} for null, and backslash escapes for backslash, tab, newline and
 * carriage return (PostgreSQL documentation, "COPY — Text Format").
 */
public final class CopyText {

    private final StringBuilder sb;
    private boolean rowStarted;

    CopyText(int capacity) {
        this.sb = new StringBuilder(capacity);
    }

    CopyText add(String value) {
        separate();
        if (value == null) {
            sb.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    CopyText add(Object value) {
        return add(value == null ? null : value.toString());
    }

    CopyText add(double value) {
        separate();
        // Double.toString gives the shortest decimal that reads back as the same double.
        sb.append(value);
        return this;
    }

    CopyText add(long value) {
        separate();
        sb.append(value);
        return this;
    }

    /** A {@code text[]} value as an array literal: {@code {"a","b"}}. */
    CopyText addArray(List<String> values) {
        StringBuilder literal = new StringBuilder(2 + values.size() * 8).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String v = values.get(i);
            for (int j = 0; j < v.length(); j++) {
                char c = v.charAt(j);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return add(literal.append('}').toString());
    }

    CopyText endRow() {
        sb.append('\n');
        rowStarted = false;
        return this;
    }

    String text() {
        return sb.toString();
    }

    boolean isEmpty() {
        return sb.isEmpty();
    }

    private void separate() {
        if (rowStarted) {
            sb.append('\t');
        }
        rowStarted = true;
    }

    private void escape(String value) {
        appendEscaped(sb, value);
    }

    /** Appends {@code value} with the text format's backslash escapes. */
    public static void appendEscaped(StringBuilder out, String value) {
        // Almost all text has none of the four characters: String.indexOf scans with vector
        // instructions, several times faster than a loop over charAt, and the text is appended whole.
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(value, from, i).append('\\').append(switch (c) {
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    default -> '\\';
                });
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }
}
