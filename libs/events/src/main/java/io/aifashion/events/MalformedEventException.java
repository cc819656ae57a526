package io.aifashion.events;

/** An event that cannot be read: not JSON, an unknown type, or a payload that fails validation. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
