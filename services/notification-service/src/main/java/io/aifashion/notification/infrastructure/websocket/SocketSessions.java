package io.aifashion.notification.infrastructure.websocket;

import io.aifashion.notification.domain.LiveConnections;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The open WebSocket connections of this instance, by user; a user may have several (one per tab
 * or device) and each gets every message. Sends go through a decorator that serialises them per
 * session (a WebSocket session allows one sender at a time) and drops a client too slow to keep up.
 *
 * <p>A connection lives no longer than the token it was opened with: a sweep closes expired ones
 * with 1008 (policy violation, RFC 6455 §7.4.1) so the client reconnects with a fresh token, and
 * pings the rest (§5.5.2) so proxies do not cut them as idle.
 */
public class SocketSessions implements LiveConnections, SmartLifecycle {

    static final String USER = "aifashion.userId";
    static final String EXPIRES = "aifashion.tokenExpiresAt";
    static final String CONNECTED = "aifashion.connectedAt";

    private static final Logger log = LoggerFactory.getLogger(SocketSessions.class);
    private static final int SEND_TIME_LIMIT_MS = 10_000;
    private static final int BUFFER_LIMIT_BYTES = 512 * 1024;

    private final Map<String, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final int maxPerUser;
    private final Duration sweepInterval;
    private final Clock clock;
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    public SocketSessions(int maxPerUser, Duration sweepInterval, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.sweepInterval = sweepInterval;
        this.clock = clock;
    }

    /** Registers an authenticated connection; returns the thread-safe view to send through. */
    WebSocketSession register(WebSocketSession raw) {
        String userId = (String) raw.getAttributes().get(USER);
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES,
                ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
        raw.getAttributes().put(CONNECTED, clock.instant());
        Set<WebSocketSession> sessions = byUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet());
        sessions.add(session);
        if (sessions.size() > maxPerUser) {
            sessions.stream()
                    .min(Comparator.comparing(s -> (Instant) s.getAttributes().get(CONNECTED)))
                    .ifPresent(oldest -> close(oldest, CloseStatus.POLICY_VIOLATION.withReason(
                            "too many open connections; closing the oldest")));
        }
        return session;
    }

    void unregister(WebSocketSession session) {
        String userId = (String) session.getAttributes().get(USER);
        if (userId == null) {
            return;
        }
        byUser.computeIfPresent(userId, (k, sessions) -> {
            sessions.removeIf(s -> s.getId().equals(session.getId()));
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Sends to every open connection of the user; returns how many took it. */
    public int send(String userId, String json) {
        int delivered = 0;
        for (WebSocketSession s : byUser.getOrDefault(userId, Set.of())) {
            try {
                if (s.isOpen()) {
                    s.sendMessage(new TextMessage(json));
                    delivered++;
                }
            } catch (IOException | RuntimeException e) {
                log.debug("Dropping a connection that failed to take a message: {}", e.toString());
                close(s, CloseStatus.SESSION_NOT_RELIABLE);
            }
        }
        return delivered;
    }

    /** Open connections of every user on this instance. */
    public int openConnections() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    public int openConnections(String userId) {
        return byUser.getOrDefault(userId, Set.of()).size();
    }

    @Override
    public void disconnect(String userId, String reason) {
        for (WebSocketSession s : byUser.getOrDefault(userId, Set.of())) {
            close(s, CloseStatus.POLICY_VIOLATION.withReason(reason));
        }
        byUser.remove(userId);
    }

    /** Closes connections whose token has expired and pings the others. */
    void sweep() {
        Instant now = clock.instant();
        List<WebSocketSession> all = new ArrayList<>();
        byUser.values().forEach(all::addAll);
        for (WebSocketSession s : all) {
            Instant expires = (Instant) s.getAttributes().get(EXPIRES);
            if (expires != null && !now.isBefore(expires)) {
                close(s, CloseStatus.POLICY_VIOLATION.withReason("access token expired"));
            } else if (s.isOpen()) {
                try {
                    s.sendMessage(new PingMessage(ByteBuffer.allocate(0)));
                } catch (IOException | RuntimeException e) {
                    close(s, CloseStatus.SESSION_NOT_RELIABLE);
                }
            } else {
                unregister(s);
            }
        }
    }

    private void close(WebSocketSession s, CloseStatus status) {
        unregister(s);
        try {
            if (s.isOpen()) {
                s.close(status);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing a connection failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("websocket-sweep").unstarted(r));
        long ms = sweepInterval.toMillis();
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sweep();
            } catch (RuntimeException e) {
                log.warn("WebSocket sweep failed: {}", e.toString());
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        List<WebSocketSession> all = new ArrayList<>();
        byUser.values().forEach(all::addAll);
        all.forEach(s -> close(s, CloseStatus.SERVICE_RESTARTED));
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
