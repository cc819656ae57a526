package io.aifashion.identity.web;

import io.aifashion.identity.application.AuthSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The client's IP address for per-address throttling. {@code X-Forwarded-For} is believed only
 * when the request comes from a trusted proxy (the gateway), and then read from the right: the
 * first hop that is not a trusted proxy is the client (anything further left could be made up by
 * the client itself — RFC 7239 §7.4 and the OWASP guidance on spoofed forwarding headers).
 */
@Component
public class ClientAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<String> trustedProxies;

    public ClientAddresses(AuthSettings settings) {
        this.trustedProxies = Set.copyOf(settings.trustedProxies());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS.matcher(hop).matches()) {
                return peer;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
