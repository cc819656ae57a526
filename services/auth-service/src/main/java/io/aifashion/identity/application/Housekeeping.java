package io.aifashion.identity.application;

import io.aifashion.identity.domain.EventHistory;
import io.aifashion.identity.domain.LoginAttemptStore;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.SigningKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Deletes what has outlived its purpose (GDPR Art. 5(1)(e), storage limitation): expired sessions
 * and links, forgotten sign-in counters (which hold client IP addresses), retired signing keys
 * whose tokens have expired, and delivered deletion announcements.
 */
@Service
public class Housekeeping {

    private final RefreshTokenRepository refreshTokens;
    private final OneTimeTokenRepository links;
    private final LoginAttemptStore attempts;
    private final SigningKeys keys;
    private final EventHistory history;
    private final AuthSettings settings;
    private final Clock clock;

    public Housekeeping(RefreshTokenRepository refreshTokens, OneTimeTokenRepository links,
                        LoginAttemptStore attempts, SigningKeys keys, EventHistory history, AuthSettings settings,
                        Clock clock) {
        this.refreshTokens = refreshTokens;
        this.links = links;
        this.attempts = attempts;
        this.keys = keys;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
    }

    public void run() {
        Instant now = clock.instant();
        refreshTokens.purgeExpired(now);
        links.purgeExpired(now);
        Duration memory = max(settings.accountThrottle().memory(), settings.addressThrottle().memory());
        attempts.purgeOlderThan(now.minus(memory));
        keys.forgetExpired(now);
        history.forgetDeliveredDeletions();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
