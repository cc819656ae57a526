package io.aifashion.launcher.serve;

/** A port the launcher needs is taken by another program. */
public class PortConflictException extends RuntimeException {
    public PortConflictException(String message) {
        super(message);
    }
}
