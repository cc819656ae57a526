package io.aifashion.identity.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.aifashion.identity.application.AuthSettings;
import io.aifashion.identity.domain.AccessTokenIssuer;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.IssuedAccessToken;
import io.aifashion.kit.security.KitSecurityProperties;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues access tokens as ES256-signed JWTs (RFC 7515, RFC 7519) carrying {@code iss}, {@code aud},
 * {@code sub} (the user id), {@code roles}, {@code iat}, {@code nbf}, {@code exp} and a unique
 * {@code jti}; the header names the signing key ({@code kid}) so verifiers pick the right key from
 * the JWKS during rotation. No personal data (e-mail, name) goes into a token: tokens are logged
 * and cached by intermediaries more often than anyone intends.
 */
@Component
public class NimbusAccessTokenIssuer implements AccessTokenIssuer {

    private final SigningKeyRing keys;
    private final KitSecurityProperties security;
    private final AuthSettings settings;

    public NimbusAccessTokenIssuer(SigningKeyRing keys, KitSecurityProperties security, AuthSettings settings) {
        this.keys = keys;
        this.security = security;
        this.settings = settings;
    }

    @Override
    public IssuedAccessToken issue(Account account, Instant now) {
        ECKey key = keys.signingKey();
        Instant expiresAt = now.plus(settings.accessTokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(security.issuer())
                .audience(security.audience())
                .subject(account.id().toString())
                .claim("roles", account.roleNames())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token with key " + key.getKeyID(), e);
        }
        return new IssuedAccessToken(jwt.serialize(), Date.from(expiresAt).toInstant(), key.getKeyID());
    }
}
