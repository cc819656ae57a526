package io.aifashion.notification.infrastructure.websocket;

import io.aifashion.notification.domain.Notifications;
import io.aifashion.notification.infrastructure.LiveMessages;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.SubProtocolCapable;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws/notifications}: a one-way feed. After the authenticated handshake the server sends a
 * {@code connected} message (with the unread count), then every notification for the user as it
 * happens. Messages from the client are not part of the protocol and are ignored.
 */
public class NotificationSocketHandler extends TextWebSocketHandler implements SubProtocolCapable {

    /** The subprotocol a browser offers (with {@code bearer.<token>}) and the server selects. */
    public static final String PROTOCOL = "aifashion.notifications.v1";

    private final SocketSessions sessions;
    private final Notifications notifications;
    private final LiveMessages messages;
    private final Clock clock;

    public NotificationSocketHandler(SocketSessions sessions, Notifications notifications, LiveMessages messages,
                                     Clock clock) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(PROTOCOL);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WebSocketSession session = sessions.register(raw);
        String userId = (String) raw.getAttributes().get(SocketSessions.USER);
        session.sendMessage(new TextMessage(messages.connected(notifications.unreadCount(userId), clock.instant())));
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        // The feed is server-to-client only; anything a client sends is ignored.
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        sessions.unregister(session);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sessions.unregister(session);
    }
}
