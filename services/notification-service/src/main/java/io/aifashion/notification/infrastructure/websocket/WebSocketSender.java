package io.aifashion.notification.infrastructure.websocket;

import io.aifashion.notification.domain.Channel;
import io.aifashion.notification.domain.ChannelSender;
import io.aifashion.notification.domain.OutgoingMessage;
import io.aifashion.notification.domain.SendOutcome;
import io.aifashion.notification.infrastructure.LiveMessages;

/**
 * Delivers to the user's open tabs. A closed tab is not an error and nothing is queued for it: the
 * notification waits in the inbox, which the app reads when it opens.
 */
public final class WebSocketSender implements ChannelSender {

    private final SocketSessions sessions;
    private final LiveMessages messages;

    public WebSocketSender(SocketSessions sessions, LiveMessages messages) {
        this.sessions = sessions;
        this.messages = messages;
    }

    @Override
    public Channel channel() {
        return Channel.WEBSOCKET;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        int delivered = sessions.send(message.notification().userId(), messages.notification(message.notification()));
        return delivered == 0
                ? new SendOutcome.Skipped("no open connection; the notification waits in the inbox")
                : new SendOutcome.Sent("delivered to " + delivered + " open connection(s)");
    }
}
