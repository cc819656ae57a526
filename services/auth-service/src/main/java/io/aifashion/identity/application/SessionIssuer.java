package io.aifashion.identity.application;

import io.aifashion.identity.domain.AccessTokenIssuer;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.IssuedAccessToken;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import io.aifashion.identity.domain.Session;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Starts sessions and issues each next pair of tokens, in the caller's transaction. */
@Component
public class SessionIssuer {

    private final RefreshTokenRepository refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final AuthSettings settings;
    private final SecureRandom random;

    public SessionIssuer(RefreshTokenRepository refreshTokens, AccessTokenIssuer accessTokens, AuthSettings settings,
                         SecureRandom random) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.settings = settings;
        this.random = random;
    }

    public Session start(Account account, Instant now) {
        UUID family = UUID.randomUUID();
        Instant familyExpiresAt = now.plus(settings.sessionMaxAge());
        refreshTokens.startFamily(family, account.id(), now, familyExpiresAt);
        return next(account, family, familyExpiresAt, now);
    }

    /** The next refresh token of the family (never outliving it) and a fresh access token. */
    public Session next(Account account, UUID family, Instant familyExpiresAt, Instant now) {
        SecretToken refresh = SecretToken.generate(random);
        Instant expiresAt = now.plus(settings.refreshTokenTtl());
        if (expiresAt.isAfter(familyExpiresAt)) {
            expiresAt = familyExpiresAt;
        }
        refreshTokens.insert(UUID.randomUUID(), family, refresh.hash(), now, expiresAt);
        IssuedAccessToken access = accessTokens.issue(account, now);
        return new Session(access, refresh, expiresAt);
    }
}
