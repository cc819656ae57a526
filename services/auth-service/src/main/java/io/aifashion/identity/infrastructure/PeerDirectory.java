package io.aifashion.identity.infrastructure;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The services asked for their part of a data export. The five other services of DESIGN.md §3 are
 * always asked; where one is not configured, it is looked for on this host at this service's port
 * plus its port index (image-processing +1 … notification +5), which is where
 * {@code ai-fashion serve} and the default ports (8081 … 8086) put it. Any further configured
 * service is asked too.
 */
@Component
public class PeerDirectory {

    static final List<String> OTHER_SERVICES = List.of("image-processing-service", "color-matching-service",
            "product-service", "recommendation-service", "notification-service");

    private final ServiceUrls urls;
    private final Environment env;

    public PeerDirectory(ServiceUrls urls, Environment env) {
        this.urls = urls;
        this.env = env;
    }

    public Map<String, URI> peers() {
        Map<String, URI> configured = new LinkedHashMap<>();
        urls.services().forEach((name, uri) -> configured.put(squash(name), uri));
        String self = squash(env.getProperty("spring.application.name", "auth-service"));
        Map<String, URI> peers = new LinkedHashMap<>();
        int ownPort = ownPort();
        for (int i = 0; i < OTHER_SERVICES.size(); i++) {
            String name = OTHER_SERVICES.get(i);
            URI uri = configured.remove(squash(name));
            peers.put(name, uri != null ? uri : URI.create("http://localhost:" + (ownPort + i + 1)));
        }
        urls.services().forEach((name, uri) -> {
            if (configured.containsKey(squash(name)) && !squash(name).equals(self)) {
                peers.put(name, uri);
            }
        });
        return peers;
    }

    private int ownPort() {
        Integer local = env.getProperty("local.server.port", Integer.class);
        if (local != null && local > 0) {
            return local;
        }
        Integer configured = env.getProperty("server.port", Integer.class);
        return configured != null && configured > 0 ? configured : 8081;
    }

    /** Environment variables lose the hyphens of map keys, so names are compared without them. */
    private static String squash(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
