package io.aifashion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.identity.application.AuthSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address the per-client back-off counts against. */
class ClientAddressesTest {

    final ClientAddresses addresses = new ClientAddresses(new AuthSettings(null, null, null, null, null, null, null,
            null, null, null, List.of("127.0.0.1", "10.0.0.5"), null, null, null, null, null, null, null));

    MockHttpServletRequest from(String peer, String forwardedFor) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setRemoteAddr(peer);
        if (forwardedFor != null) {
            r.addHeader("X-Forwarded-For", forwardedFor);
        }
        return r;
    }

    @Test
    void aDirectClientIsItsOwnAddressWhateverItClaims() {
        assertThat(addresses.of(from("203.0.113.9", "1.2.3.4"))).isEqualTo("203.0.113.9");
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        assertThat(addresses.of(from("127.0.0.1", "198.51.100.7"))).isEqualTo("198.51.100.7");
        // The client prepended a fake hop; the proxies appended the real one.
        assertThat(addresses.of(from("127.0.0.1", "1.1.1.1, 198.51.100.7, 10.0.0.5"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(from("127.0.0.1", "not an address"))).isEqualTo("127.0.0.1");
    }
}
