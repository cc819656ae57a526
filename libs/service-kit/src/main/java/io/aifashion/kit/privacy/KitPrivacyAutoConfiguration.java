package io.aifashion.kit.privacy;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Serves the service's personal-data sections, if it declares any. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(PersonalDataSection.class)
public class KitPrivacyAutoConfiguration {

    @Bean
    public PersonalDataController personalDataController(Environment env, List<PersonalDataSection> sections) {
        return new PersonalDataController(env.getProperty("spring.application.name", "service"), sections);
    }
}
