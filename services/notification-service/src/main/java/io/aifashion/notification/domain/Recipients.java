package io.aifashion.notification.domain;

/** A port: the read model of people this service notifies. */
public interface Recipients {

    /** The recipient, or {@link Recipient#unknown(String)} if nothing is known yet. */
    Recipient find(String userId);

    void saveContact(String userId, String email, String displayName);

    void saveConsent(String userId, Consent consent);

    /** Remembers how the identity service last named the user, leaving address and consent alone. */
    void saveDisplayName(String userId, String displayName);

    int deleteUser(String userId);
}
