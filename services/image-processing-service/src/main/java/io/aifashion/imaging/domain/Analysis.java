package io.aifashion.imaging.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One analysis as kept in the history: its id (an unguessable random UUID, RFC 9562 version 4),
 * its owner (null for an anonymous caller), when it was made, the fingerprint of its input and the
 * derived result.
 */
public record Analysis(UUID id, String userId, Instant createdAt, ContentKey contentKey, AnalysisResult result) {

    public Analysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(contentKey, "contentKey");
        Objects.requireNonNull(result, "result");
        if (userId != null && userId.isBlank()) {
            throw new IllegalArgumentException("userId is null (anonymous) or not blank");
        }
    }

    public boolean anonymous() {
        return userId == null;
    }

    /**
     * Who may read it: the owner; an anonymous analysis anyone holding its id (the id is the
     * capability, 122 random bits). Everyone else is told it does not exist.
     */
    public boolean readableBy(Optional<String> caller) {
        return anonymous() || caller.map(userId::equals).orElse(false);
    }

    /** Only the owner may delete, and an anonymous analysis has none (it expires instead). */
    public boolean deletableBy(String caller) {
        return !anonymous() && userId.equals(caller);
    }
}
