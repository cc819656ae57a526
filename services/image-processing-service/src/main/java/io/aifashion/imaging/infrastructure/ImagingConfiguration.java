package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.RetentionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's settings, the photo key and the retention policy; the purge runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImagingProperties.class)
@EnableScheduling
public class ImagingConfiguration {

    @Bean
    public PhotoCipher photoCipher(ImagingProperties props) {
        return new PhotoCipher(PhotoKeySource.load(props.photoKey(), props.photoKeyFile()));
    }

    @Bean
    public RetentionPolicy retentionPolicy(ImagingProperties props) {
        return new RetentionPolicy(props.photoRetention(), props.anonymousRetention());
    }
}
