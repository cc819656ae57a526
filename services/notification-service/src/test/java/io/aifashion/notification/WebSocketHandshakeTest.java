package io.aifashion.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.aifashion.notification.support.LiveClient;
import io.aifashion.notification.support.ServiceTest;
import java.net.URI;
import java.net.http.WebSocketHandshakeException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6455 handshakes are authenticated with the same tokens, keys, issuer and audience as the API. */
class WebSocketHandshakeTest extends ServiceTest {

    @Test
    void aTokenOfferedAsSubprotocolIsAcceptedAndNeverEchoed() throws Exception {
        String user = newUser();
        try (LiveClient tab = connect(user)) {
            assertThat(tab.subprotocol()).isEqualTo("aifashion.notifications.v1");
            LiveClient.Message hello = tab.next("connected", PATIENCE);
            assertThat(hello.json().get("data").get("unread").asLong()).isZero();
        }
    }

    @Test
    void aTokenInTheQueryIsAcceptedToo() throws Exception {
        try (LiveClient tab = LiveClient.open(uri("?access_token=" + token(newUser())))) {
            assertThat(tab.next("connected", PATIENCE).type()).isEqualTo("connected");
        }
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefusedWith401() {
        String user = newUser();
        assertThat(refusal(uri(""))).isEqualTo(401);
        assertThat(refusal(uri("?access_token=" + WORLD.tokens().tampered(user)))).isEqualTo(401);
        assertThat(refusal(uri("?access_token=" + WORLD.tokens().unsigned(user)))).isEqualTo(401);
        assertThat(refusal(uri("?access_token=" + WORLD.tokens().token(user, List.of("USER"), "ai-fashion",
                Instant.now().minusSeconds(600))))).isEqualTo(401);
        assertThat(refusal(uri("?access_token=" + WORLD.tokens().token(user, List.of("USER"), "someone-else",
                Instant.now().plusSeconds(600))))).isEqualTo(401);
        assertThat(refusal(uri("?access_token=not-a-jwt"))).isEqualTo(401);
    }

    private URI uri(String query) {
        return URI.create("ws://127.0.0.1:" + port + "/ws/notifications" + query);
    }

    private static int refusal(URI uri) {
        Throwable t = catchThrowable(() -> LiveClient.open(uri).close());
        while (t != null && !(t instanceof WebSocketHandshakeException)) {
            t = t.getCause();
        }
        assertThat(t).as("handshake refused").isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) t).getResponse().statusCode();
    }
}
