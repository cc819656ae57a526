package io.aifashion.launcher.serve;

import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * One service the launcher runs in this JVM.
 *
 * @param name      service name (also its {@code spring.config.name})
 * @param database  its own PostgreSQL database, or null if it keeps no state there
 * @param portIndex its port is {@code servicePortBase + portIndex}
 * @param builder   the service's application builder
 */
public record ServicePart(String name, String database, int portIndex, Supplier<SpringApplicationBuilder> builder) {
}
