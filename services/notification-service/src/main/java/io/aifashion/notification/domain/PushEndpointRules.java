package io.aifashion.notification.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which push endpoints this server will post to. The endpoint comes from the client, and the server
 * later sends a request to it, so an unchecked endpoint would let anyone make this service call
 * internal addresses (server-side request forgery). Only HTTPS endpoints (RFC 8030 §8 requires
 * TLS) on the known browser push services are accepted; tests and private deployments may widen
 * the list.
 *
 * @param allowedHosts host names, or suffixes starting with a dot ({@code .push.apple.com})
 * @param allowHttp    accept plain http (only for tests against a local push service)
 */
public record PushEndpointRules(List<String> allowedHosts, boolean allowHttp) {

    /** The push services of Chrome/Edge/Opera (FCM), Firefox (Mozilla autopush), Edge/Windows (WNS) and Safari. */
    public static final List<String> BROWSER_PUSH_SERVICES = List.of(
            "fcm.googleapis.com", "android.googleapis.com", "updates.push.services.mozilla.com",
            ".push.services.mozilla.com", ".notify.windows.com", "web.push.apple.com", ".push.apple.com");

    public PushEndpointRules {
        allowedHosts = allowedHosts == null || allowedHosts.isEmpty() ? BROWSER_PUSH_SERVICES
                : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Why the endpoint is refused, or empty if it is acceptable. */
    public Optional<String> problemWith(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("is required");
        }
        if (endpoint.length() > 2048) {
            return Optional.of("must be at most 2048 characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must be an absolute URL with a host and no user info or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean known = allowedHosts.stream().anyMatch(h -> h.startsWith(".") ? host.endsWith(h) : host.equals(h));
        if (!known) {
            return Optional.of("is not on a known web push service (" + host + ")");
        }
        return Optional.empty();
    }
}
