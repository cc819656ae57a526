package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions (refresh token families) and their tokens, known by hash. */
public interface RefreshTokenRepository {

    void startFamily(UUID familyId, UserId userId, Instant createdAt, Instant expiresAt);

    void insert(UUID id, UUID familyId, TokenHash hash, Instant issuedAt, Instant expiresAt);

    /** The token with this hash, its row locked until the transaction ends. */
    Optional<RefreshToken> findForUpdate(TokenHash hash);

    /**
     * The token with this hash, without locking it: for the successor of a token whose family the
     * caller has locked through {@link #findForUpdate}, which no other exchange can then change.
     */
    Optional<RefreshToken> find(TokenHash hash);

    /** Records the exchange of the token for its successor. */
    void markRotated(UUID tokenId, Instant at, TokenHash successor);

    /** Retires a token that was never presented: its predecessor was exchanged again instead. */
    void retireUnused(UUID tokenId, Instant at);

    /** Points a rotated token at the successor issued when it was exchanged again. */
    void replaceSuccessor(UUID tokenId, TokenHash successor);

    void revokeFamily(UUID familyId, Instant at, String reason);

    /** Ends every session of the user. */
    int revokeAll(UserId userId, Instant at, String reason);

    /** The user's sessions, for the data export. */
    List<SessionRecord> sessions(UserId userId);

    /** Deletes sessions whose absolute expiry has passed. */
    int purgeExpired(Instant now);

    /** A session as the data export shows it: no secrets. */
    record SessionRecord(UUID id, Instant createdAt, Instant expiresAt, Instant lastRefreshedAt, Instant revokedAt,
                         String revokedReason) {
    }
}
