package io.aifashion.catalog;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The product catalogue: products with CIELAB colours, filtered listing, CIEDE2000 colour search,
 * foundation shade matching, bulk import and the demo catalogue.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ProductApplication {

    public static final String NAME = "product-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(ProductApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
