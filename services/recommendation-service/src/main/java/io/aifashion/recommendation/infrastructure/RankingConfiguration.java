package io.aifashion.recommendation.infrastructure;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.recommendation.domain.ranking.ColourNames;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Domain services that need wiring. */
@Configuration(proxyBeanMethods = false)
public class RankingConfiguration {

    /** Preference colours are names from the colour library's dictionary (the auth service validates against it). */
    @Bean
    public ColourNames colourNames() {
        return new ColourNames(ColorNameDictionary.standard());
    }
}
