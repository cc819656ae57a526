package io.aifashion.notification.domain;

/** A port: announces dead deliveries to operators. Throws if the announcement could not be made. */
public interface DeadLetters {

    void publish(DeadLetter letter);
}
