package io.aifashion.identity;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The identity service: accounts, credentials, tokens and keys, profile and consent, data export
 * and erasure. Database {@code identity}; port 8081.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServiceApplication {

    public static final String NAME = "auth-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(AuthServiceApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
