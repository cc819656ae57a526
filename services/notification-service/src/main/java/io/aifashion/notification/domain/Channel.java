package io.aifashion.notification.domain;

import java.util.Arrays;
import java.util.Optional;

/** The ways a notification reaches a person. */
public enum Channel {
    /** An open browser tab, over a WebSocket (RFC 6455); nothing is queued for closed tabs. */
    WEBSOCKET("websocket"),
    /** E-mail over SMTP (RFC 5321). */
    EMAIL("email"),
    /** Web push through the browser's push service (RFC 8030). */
    PUSH("push");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and the database, e.g. {@code email}. */
    public String wireName() {
        return wireName;
    }

    public static Optional<Channel> fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
