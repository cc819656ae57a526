package io.aifashion.identity.domain;

/** The copies of past events this service keeps (its outbox). */
public interface EventHistory {

    /**
     * Forgets this user's earlier events (they carry the e-mail address and preferences), sent or
     * not: after deletion nothing more about the user is to be announced except the deletion.
     */
    int forget(UserId userId);

    /**
     * Drops deletion announcements Kafka has acknowledged: once delivered they have done their job,
     * and keeping them would keep the deleted user's id.
     */
    int forgetDeliveredDeletions();
}
