package io.aifashion.notification.domain;

import java.util.Arrays;

/** Where one delivery (a notification on one channel) stands. */
public enum DeliveryState {
    /** Waiting for its first attempt. */
    PENDING("pending", false),
    /** An attempt failed for a reason that may pass (a server away, a 4xx SMTP reply); retried later. */
    FAILED("failed", false),
    /** The channel took it: the SMTP server answered 250 to the message, the push service 201, a tab received it. */
    SENT("sent", true),
    /** Every attempt failed, or one failed for good; published as a dead letter. */
    DEAD("dead", true),
    /** Not sent by design: no consent, switched off, no address, no open tab, subscription gone. */
    SKIPPED("skipped", true),
    /** A time-limited link that could not be sent before it expired. */
    EXPIRED("expired", true);

    private final String wireName;
    private final boolean terminal;

    DeliveryState(String wireName, boolean terminal) {
        this.wireName = wireName;
        this.terminal = terminal;
    }

    public String wireName() {
        return wireName;
    }

    /** No further attempt will be made. */
    public boolean terminal() {
        return terminal;
    }

    public static DeliveryState fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown delivery state " + name));
    }
}
