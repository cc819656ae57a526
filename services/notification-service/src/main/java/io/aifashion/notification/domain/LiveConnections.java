package io.aifashion.notification.domain;

/** A port: a user's open real-time connections. */
public interface LiveConnections {

    /** Closes every open connection of the user (the account is gone). */
    void disconnect(String userId, String reason);
}
