package io.aifashion.identity.application;

import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends the session a refresh token belongs to (RFC 7009 semantics: revoking an unknown or already
 * revoked token is not an error). Access tokens already issued stay valid until they expire, at
 * most 15 minutes — the price of stateless validation in every service.
 */
@Service
public class SignOut {

    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    public SignOut(RefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    public void signOut(SecretToken refreshToken) {
        refreshTokens.findForUpdate(refreshToken.hash()).filter(t -> t.familyRevokedAt() == null)
                .ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant(), "logout"));
    }
}
