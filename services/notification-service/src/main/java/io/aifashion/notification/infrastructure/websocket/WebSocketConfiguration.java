package io.aifashion.notification.infrastructure.websocket;

import io.aifashion.notification.domain.Notifications;
import io.aifashion.notification.infrastructure.LiveMessages;
import io.aifashion.notification.infrastructure.NotificationProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Plain WebSocket (RFC 6455) at {@code /ws/notifications}, no STOMP: the feed is one-way and per
 * user, which a bare socket does with less to go wrong. The path is public to Spring Security; the
 * handshake interceptor authenticates instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class WebSocketConfiguration implements WebSocketConfigurer {

    public static final String PATH = "/ws/notifications";

    private final NotificationSocketHandler handler;
    private final TokenHandshakeInterceptor interceptor;
    private final NotificationProperties props;

    public WebSocketConfiguration(SocketSessions sessions, Notifications notifications, LiveMessages messages,
                                  JwtDecoder jwtDecoder, NotificationProperties props, Clock clock) {
        this.handler = new NotificationSocketHandler(sessions, notifications, messages, clock);
        this.interceptor = new TokenHandshakeInterceptor(jwtDecoder);
        this.props = props;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, PATH)
                .addInterceptors(interceptor)
                .setAllowedOriginPatterns(props.websocket().allowedOrigins().toArray(String[]::new));
    }

    /** Clients send nothing of substance, so their frames are kept small. */
    @Bean
    public ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(8 * 1024);
        container.setMaxBinaryMessageBufferSize(8 * 1024);
        return container;
    }
}
