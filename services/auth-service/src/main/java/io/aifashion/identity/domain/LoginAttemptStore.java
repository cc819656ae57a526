package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-in counters per throttle subject. */
public interface LoginAttemptStore {

    /** Until when the subject must wait, if it is locked now. */
    Optional<Instant> lockedUntil(ThrottleSubject subject, Instant now);

    /** Counts a failure and applies the policy's back-off. */
    void recordFailure(ThrottleSubject subject, ThrottlePolicy policy, Instant now);

    void clear(ThrottleSubject subject);

    /** Forgets counters whose last failure is older than {@code cutoff}. */
    int purgeOlderThan(Instant cutoff);
}
