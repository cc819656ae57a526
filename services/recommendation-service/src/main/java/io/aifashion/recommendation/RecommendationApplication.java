package io.aifashion.recommendation;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Read models from events, the interaction log, hybrid ranking with explanations, A/B experiments. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RecommendationApplication {

    public static final String NAME = "recommendation-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(RecommendationApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
