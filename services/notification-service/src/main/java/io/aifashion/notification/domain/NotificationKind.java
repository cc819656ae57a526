package io.aifashion.notification.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a notification is about. Account-security messages (verification and password-reset links)
 * are different in kind: they go by e-mail only, the address owner needs them whatever their
 * marketing consent says, and they cannot be switched off.
 */
public enum NotificationKind {
    ANALYSIS_READY("analysis-ready", false),
    PALETTE_READY("palette-ready", false),
    RECOMMENDATIONS_REFRESHED("recommendations-refreshed", false),
    EMAIL_VERIFICATION("email-verification", true),
    PASSWORD_RESET("password-reset", true);

    private final String wireName;
    private final boolean security;

    NotificationKind(String wireName, boolean security) {
        this.wireName = wireName;
        this.security = security;
    }

    /** The name used in the API, in WebSocket and push messages, e.g. {@code analysis-ready}. */
    public String wireName() {
        return wireName;
    }

    /** An account-security message: e-mail only, always sent, not configurable. */
    public boolean security() {
        return security;
    }

    /** The channels this kind may use at all. */
    public Set<Channel> channels() {
        return security ? EnumSet.of(Channel.EMAIL) : EnumSet.allOf(Channel.class);
    }

    /** The kinds a user may switch channels on and off for. */
    public static Set<NotificationKind> configurable() {
        EnumSet<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind k : values()) {
            if (!k.security) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    public static Optional<NotificationKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }
}
