package io.aifashion.imaging;

import io.aifashion.kit.boot.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Photo to skin-tone analysis. */
@SpringBootApplication
public class ImagingApplication {

    public static final String NAME = "image-processing-service";

    public static SpringApplicationBuilder builder() {
        return ServiceApplication.builder(ImagingApplication.class, NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
