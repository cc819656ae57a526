package io.aifashion.identity.infrastructure;

import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.kit.security.KitSecurityAutoConfiguration;
import io.aifashion.kit.security.KitSecurityProperties;
import java.security.SecureRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The identity service's shared building blocks. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IdentityConfiguration {

    /** One CSPRNG for tokens, salts and nonces (the platform's non-blocking default). */
    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.standard();
    }

    @Bean
    ColorNameDictionary colourNames() {
        return ColorNameDictionary.standard();
    }

    /**
     * This service validates its own access tokens against its own key ring rather than fetching
     * its JWKS over HTTP. Like every other service it accepts only ES256 and RS256 — so neither
     * {@code alg: none} nor an HS256 token keyed with the public key (the RFC 8725 §2.1 confusion
     * attack) gets through — and checks issuer, audience and expiry the same way.
     */
    @Bean
    JwtDecoder jwtDecoder(SigningKeyRing keys, KitSecurityProperties security) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithms(algorithms -> {
                    algorithms.add(SignatureAlgorithm.ES256);
                    algorithms.add(SignatureAlgorithm.RS256);
                })
                .build();
        decoder.setJwtValidator(KitSecurityAutoConfiguration.tokenValidator(security));
        return decoder;
    }
}
