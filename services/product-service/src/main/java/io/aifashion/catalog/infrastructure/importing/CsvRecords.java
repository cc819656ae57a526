package io.aifashion.catalog.infrastructure.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV tokenizer: comma-separated fields, optionally quoted with {@code "}, a
 * doubled {@code ""} inside quotes standing for one, line breaks inside quotes kept; CRLF or LF
 * line ends; a UTF-8 byte-order mark at the start ignored. Reports the line each record starts on.
 */
final class CsvRecords {

    /** One record: its fields and the (1-based) line it starts on. */
    record Record(long line, List<String> fields, String problem) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private long line = 1;
    private boolean started;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    Record next() {
        while (true) {
            int c = peek();
            if (c < 0) {
                return null;
            }
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    pos++;
                    continue;
                }
            }
            if (c == '\n') {
                pos++;
                line++;
                continue;
            }
            if (c == '\r') {
                pos++;
                continue;
            }
            return record();
        }
    }

    private Record record() {
        long startLine = line;
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder(32);
        String problem = null;
        while (true) {
            int c = read();
            if (c < 0 || c == '\n') {
                fields.add(field.toString());
                if (c == '\n') {
                    line++;
                }
                return new Record(startLine, fields, problem);
            }
            if (c == '\r') {
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                // A quoted field: runs to the next lone quote.
                while (true) {
                    int q = read();
                    if (q < 0) {
                        problem = "a quoted field opened on line " + startLine + " is never closed";
                        fields.add(field.toString());
                        return new Record(startLine, fields, problem);
                    }
                    if (q == '"') {
                        if (peek() == '"') {
                            pos++;
                            field.append('"');
                            continue;
                        }
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append((char) q);
                }
                int after = peek();
                if (after >= 0 && after != ',' && after != '\n' && after != '\r' && problem == null) {
                    problem = "text after a closing quote";
                }
                continue;
            }
            field.append((char) c);
        }
    }

    private int peek() {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private int read() {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
