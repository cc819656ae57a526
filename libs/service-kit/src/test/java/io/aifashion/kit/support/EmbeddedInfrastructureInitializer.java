package io.aifashion.kit.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at the shared embedded servers, with a database named after
 * {@code spring.application.name} (or {@code test}). Use with
 * {@code @ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)}.
 */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = context.getEnvironment().getProperty("spring.application.name", "test");
        String db = name.replaceAll("[^a-z0-9]", "_");
        Map<String, Object> props = Map.copyOf(EmbeddedInfrastructure.get().springProperties(db));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embeddedInfrastructure", props));
    }
}
