package io.aifashion.recommender.io;

/** A line of an input file could not be understood; the message names the file and line number. */
public final class InputFormatException extends IllegalArgumentException {

    private final String source;
    private final long line;

    public InputFormatException(String source, long line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }
}
