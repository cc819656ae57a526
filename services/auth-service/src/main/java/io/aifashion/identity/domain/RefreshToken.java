package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One refresh token of a session ("family"). Refresh tokens rotate (RFC 6749 §10.4, RFC 9700
 * §4.14.2): each exchange marks the presented token rotated and issues its successor in the same
 * family, so a rotated token that comes back can only be a copy — the family is then revoked,
 * cutting off both the thief and the victim, who signs in again — unless {@link LostAnswerGrace}
 * shows it to be a retry whose answer was lost.
 *
 * @param successorHash the token this one was exchanged for (null while active)
 * @param retiredUnused whether it was retired without being presented, its predecessor having come back
 */
public record RefreshToken(UUID id, UUID familyId, UserId userId, TokenHash hash, Instant issuedAt, Instant expiresAt,
                           Instant rotatedAt, Instant familyExpiresAt, Instant familyRevokedAt, TokenHash successorHash,
                           boolean retiredUnused) {

    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(familyExpiresAt, "familyExpiresAt");
    }

    /** Revocation wins over reuse: a replay of a token from an ended session is simply revoked. */
    public RefreshStatus statusAt(Instant now) {
        if (familyRevokedAt != null) {
            return RefreshStatus.REVOKED;
        }
        if (rotatedAt != null) {
            return RefreshStatus.REUSED;
        }
        if (!now.isBefore(expiresAt) || !now.isBefore(familyExpiresAt)) {
            return RefreshStatus.EXPIRED;
        }
        return RefreshStatus.ACTIVE;
    }
}
