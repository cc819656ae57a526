package io.aifashion.colormatching;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Seasons, palettes and colour matching. */
@SpringBootApplication
public class ColorMatchingApplication {

    public static final String NAME = "color-matching-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(ColorMatchingApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
