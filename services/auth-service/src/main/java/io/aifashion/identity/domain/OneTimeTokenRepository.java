package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Verification and reset tokens, known by hash. */
public interface OneTimeTokenRepository {

    void insert(OneTimeToken token);

    Optional<OneTimeToken> findForUpdate(TokenHash hash);

    void markUsed(TokenHash hash, Instant at);

    /** Marks the user's unused tokens of this purpose used, so only the newest link works. */
    void invalidateOutstanding(UserId userId, TokenPurpose purpose, Instant at);

    /** When the newest token of this purpose was issued to the user, if any. */
    Optional<Instant> lastIssued(UserId userId, TokenPurpose purpose);

    List<OneTimeToken> forUser(UserId userId);

    int purgeExpired(Instant now);
}
