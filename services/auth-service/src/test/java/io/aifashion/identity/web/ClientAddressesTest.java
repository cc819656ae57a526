package io.aifashion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifashion.identity.application.AuthSettings;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address the per-client back-off counts against. */
class ClientAddressesTest {

    final ClientAddresses addresses = new ClientAddresses(new AuthSettings(null, null, null, null, null, null, null,
            null, null, null, List.of("127.0.0.1", "10.0.0.5", "172.16.0.0/12", "fd00::/8"), null, null, null, null, null, null, null, null));

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

    @Test
    void aProxyIsTrustedByItsNetworkWhenGivenAsACidrBlock() {
        // A gateway pod anywhere in 172.16.0.0/12 (Kubernetes pod network) forwards the client.
        assertThat(addresses.of(from("172.20.3.4", "198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(addresses.of(from("172.32.0.1", "198.51.100.7"))).as("outside the block").isEqualTo("172.32.0.1");
        assertThat(addresses.of(from("fd12::7", "2001:db8::1"))).isEqualTo("2001:db8::1");
        assertThat(addresses.of(from("127.0.0.1", "198.51.100.7, 172.17.0.9"))).isEqualTo("198.51.100.7");
        // A host name in the header is never looked up: the peer is counted.
        assertThat(addresses.of(from("127.0.0.1", "localhost"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aMisconfiguredTrustedProxyIsNamed() {
        assertThatThrownBy(() -> AddressRange.parse("gateway.internal"))
                .hasMessageContaining("'gateway.internal' is not an IP address or CIDR block");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).hasMessageContaining("prefix length 33");
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/x")).hasMessageContaining("no valid prefix length");
        assertThat(AddressRange.parse("10.1.2.3/8").contains("10.200.0.1")).isTrue();
        assertThat(AddressRange.parse("0.0.0.0/0").contains("203.0.113.1")).isTrue();
        assertThat(AddressRange.parse("10.0.0.0/8").contains("::1")).isFalse();
    }
}
