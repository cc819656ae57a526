package io.aifashion.catalog.infrastructure.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo catalogue ({@code aifashion.demo-data.*}). The launcher passes
 * {@code --aifashion.demo-data.enabled=true|false} to every service.
 *
 * @param enabled  seed the demo catalogue after start-up when the catalogue is empty
 * @param products how many products to generate
 * @param seed     the generator's seed
 */
@ConfigurationProperties("aifashion.demo-data")
public record DemoDataProperties(boolean enabled, int products, long seed) {
    public DemoDataProperties {
        products = products <= 0 ? 6000 : products;
    }
}
