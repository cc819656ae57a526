package io.aifashion.notification.domain;

/** A port: tells the dispatchers that new deliveries are waiting, so they need not wait for their next poll. */
public interface DispatchSignal {

    void deliveriesWaiting();
}
