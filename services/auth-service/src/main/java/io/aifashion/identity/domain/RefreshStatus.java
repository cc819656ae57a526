package io.aifashion.identity.domain;

/** What a presented refresh token turns out to be. */
public enum RefreshStatus {
    /** Current and usable: it may be exchanged once. */
    ACTIVE,
    /** Past its own or its session's expiry. */
    EXPIRED,
    /** Its session was ended: logout, password reset, account action, or detected reuse. */
    REVOKED,
    /** Already exchanged once: someone replays it, so the whole session must end (RFC 9700 §4.14.2). */
    REUSED,
    /** Not a token this service issued (or long purged). */
    UNKNOWN
}
