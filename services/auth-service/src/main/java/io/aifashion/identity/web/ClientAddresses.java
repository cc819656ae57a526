package io.aifashion.identity.web;

import io.aifashion.identity.application.AuthSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The client's IP address for per-address throttling. {@code X-Forwarded-For} is believed only
 * when the request comes from a trusted proxy (the gateway), and then read from the right: the
 * first hop that is not a trusted proxy is the client (anything further left could be made up by
 * the client itself — RFC 7239 §7.4 and the OWASP guidance on spoofed forwarding headers).
 * Trusted proxies are addresses or CIDR blocks ({@link AddressRange}).
 */
@Component
public class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    public ClientAddresses(AuthSettings settings) {
        this.trustedProxies = settings.trustedProxies().stream().map(AddressRange::parse).toList();
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(r -> r.contains(address));
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (AddressRange.literal(hop).isEmpty()) {
                return peer;
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
