package io.aifashion.notification.infrastructure.websocket;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Authenticates a WebSocket opening handshake (RFC 6455 §4) with the same access token, keys,
 * issuer and audience as every API call. Browsers cannot set an {@code Authorization} header on a
 * WebSocket, so the token comes either as the {@code access_token} query parameter (RFC 6750 §2.3)
 * or as an offered subprotocol {@code bearer.<token>} next to {@link NotificationSocketHandler#PROTOCOL}
 * (the server selects the latter, never echoing the token). A missing or invalid token ends the
 * handshake with 401.
 */
public class TokenHandshakeInterceptor implements HandshakeInterceptor {

    static final String BEARER_PROTOCOL_PREFIX = "bearer.";
    private static final Logger log = LoggerFactory.getLogger(TokenHandshakeInterceptor.class);

    private final JwtDecoder jwtDecoder;

    public TokenHandshakeInterceptor(JwtDecoder jwtDecoder) {
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        Optional<String> token = fromProtocols(request).or(() -> fromQuery(request));
        if (token.isEmpty()) {
            return refuse(response, "Bearer", "no access token");
        }
        try {
            Jwt jwt = jwtDecoder.decode(token.get());
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                return refuse(response, "Bearer error=\"invalid_token\"", "token without subject");
            }
            attributes.put(SocketSessions.USER, jwt.getSubject());
            attributes.put(SocketSessions.EXPIRES, jwt.getExpiresAt());
            return true;
        } catch (JwtException e) {
            return refuse(response, "Bearer error=\"invalid_token\"", e.getMessage());
        }
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
        // nothing to do: the session registers itself once established
    }

    private static boolean refuse(ServerHttpResponse response, String challenge, String why) {
        log.debug("WebSocket handshake refused: {}", why);
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().set("WWW-Authenticate", challenge);
        return false;
    }

    private static Optional<String> fromProtocols(ServerHttpRequest request) {
        List<String> offered = request.getHeaders().get("Sec-WebSocket-Protocol");
        if (offered == null) {
            return Optional.empty();
        }
        return offered.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(p -> p.startsWith(BEARER_PROTOCOL_PREFIX) && p.length() > BEARER_PROTOCOL_PREFIX.length())
                .map(p -> p.substring(BEARER_PROTOCOL_PREFIX.length()))
                .findFirst();
    }

    private static Optional<String> fromQuery(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("access_token")) {
                String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                return value.isBlank() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
