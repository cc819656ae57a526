package io.aifashion.identity.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The tests run the reactive gateway on the auth service's class path (as {@code ai-fashion serve}
 * does), so the servlet contexts must leave the gateway stack's auto-configurations out — Spring
 * Cloud and springdoc's WebFlux support — exactly as if each ran from its own jar.
 */
final class GatewayAutoConfigurations {

    private static final String IMPORTS =
            "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private GatewayAutoConfigurations() {
    }

    static String excluded() {
        List<String> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(GatewayAutoConfigurations.class.getClassLoader().getResources(IMPORTS))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(),
                        StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim)
                            .filter(l -> l.startsWith("org.springframework.cloud.") || l.startsWith("org.springdoc.webflux."))
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(",", found);
    }
}
