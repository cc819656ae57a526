package io.aifashion.launcher.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * In {@code serve} every service shares one class path, so each Spring context would see every
 * other module's auto-configurations. This finds the auto-configurations that belong to the other
 * web stack (the reactive gateway's, for the servlet services) so the launcher can exclude them,
 * exactly as if each service ran from its own jar.
 */
final class SharedClassPath {

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    /**
     * Auto-configurations of the gateway's stack, which a servlet service must not load: Spring
     * Cloud (only the gateway uses it) and springdoc's WebFlux support.
     */
    static final Predicate<String> GATEWAY_ONLY = name -> name.startsWith("org.springframework.cloud.")
            || name.startsWith("org.springdoc.webflux.");

    private SharedClassPath() {
    }

    static List<String> autoConfigurations(Predicate<String> which) {
        List<String> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(SharedClassPath.class.getClassLoader().getResources(IMPORTS))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).filter(which)
                            .forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
