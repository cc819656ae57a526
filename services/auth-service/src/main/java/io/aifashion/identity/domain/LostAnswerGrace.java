package io.aifashion.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a rotated refresh token presented again is a retry whose answer was lost rather than a
 * replay. A browser page that sends its refresh token and is then reloaded never receives the
 * answer; the new page presents the same token again. Treated as reuse (RFC 9700 §4.14.2) that
 * would end the session of someone who did nothing wrong. So, like the "grace period" of other
 * identity providers, a rotated token may be exchanged again when all of these hold:
 *
 * <ul>
 *   <li>it was rotated by its own exchange less than {@code window} ago (never a token that was
 *       itself retired unused);</li>
 *   <li>the token it was exchanged for is still active: nobody has used it, so nobody can be
 *       shown to hold it.</li>
 * </ul>
 *
 * The unused successor is then retired and a new one issued, so the session keeps exactly one live
 * refresh token. Reuse detection stays sound: if the successor was really received (by the client,
 * or by a thief who got in first), its holder presents it later and finds it retired — reuse, the
 * session ends — and a copy presented after the successor's first use, or after the window, is
 * reuse at once. What the window grants a thief holding a just-rotated token is what presenting it
 * before its owner would have granted anyway.
 */
public record LostAnswerGrace(Duration window) {

    public LostAnswerGrace {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the lost-answer grace must not be negative");
        }
    }

    public boolean allowsRetry(RefreshToken presented, RefreshToken successor, Instant now) {
        return presented.rotatedAt() != null
                && !presented.retiredUnused()
                && now.isBefore(presented.rotatedAt().plus(window))
                && successor.familyId().equals(presented.familyId())
                && successor.statusAt(now) == RefreshStatus.ACTIVE;
    }
}
