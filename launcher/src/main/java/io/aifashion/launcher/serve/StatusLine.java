package io.aifashion.launcher.serve;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** The launcher's own console output: one line per part, aligned. */
final class StatusLine {

    private final PrintStream out;

    StatusLine(PrintStream out) {
        this.out = out;
    }

    synchronized void ready(String part, int port, Duration took, String note) {
        out.printf(Locale.ROOT, "  %-26s :%-6d ready in %5.1f s%s%n", part, port, took.toMillis() / 1000.0,
                note == null ? "" : "  " + note);
    }

    synchronized void say(String text) {
        out.println(text);
    }
}
