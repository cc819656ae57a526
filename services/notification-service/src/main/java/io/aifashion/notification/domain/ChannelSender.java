package io.aifashion.notification.domain;

/** A port: sends deliveries over one channel. Implementations never throw for a send failure; they say so. */
public interface ChannelSender {

    Channel channel();

    SendOutcome send(OutgoingMessage message);
}
