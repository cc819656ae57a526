package io.aifashion.identity.application;

import io.aifashion.events.payload.UserNotificationRequested;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.OneTimeToken;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import io.aifashion.identity.domain.TokenPurpose;
import io.aifashion.kit.events.EventPublisher;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends single-use links (e-mail verification, password reset) by asking the notification service
 * to deliver them: the token travels only in the {@code UserNotificationRequested} event and the
 * message, never in an API response. Only the token's hash is stored. Runs in the caller's
 * transaction, so a link is sent if and only if the change that called for it commits.
 */
@Component
public class OneTimeLinks {

    private final OneTimeTokenRepository tokens;
    private final EventPublisher events;
    private final AuthSettings settings;
    private final SecureRandom random;

    public OneTimeLinks(OneTimeTokenRepository tokens, EventPublisher events, AuthSettings settings,
                        SecureRandom random) {
        this.tokens = tokens;
        this.events = events;
        this.settings = settings;
        this.random = random;
    }

    /**
     * Issues a new link of this purpose, invalidating earlier ones; does nothing (returns false) if
     * one was sent within the cool-down, so that the endpoint cannot be used to flood a mailbox.
     */
    public boolean send(Account account, TokenPurpose purpose, Instant now) {
        Optional<Instant> last = tokens.lastIssued(account.id(), purpose);
        if (last.isPresent() && now.isBefore(last.get().plus(settings.linkCooldown()))) {
            return false;
        }
        tokens.invalidateOutstanding(account.id(), purpose, now);
        SecretToken token = SecretToken.generate(random);
        Instant expiresAt = now.plus(lifetime(purpose));
        tokens.insert(new OneTimeToken(token.hash(), account.id(), purpose, now, expiresAt, null));
        String url = UriComponentsBuilder.fromUri(settings.publicBaseUrl()).path(purpose.page())
                .queryParam("token", token.value()).build().toUriString();
        events.publish(new UserNotificationRequested(account.id().toString(), account.email().value(),
                account.displayName().value(), purpose.kind(), url, expiresAt));
        return true;
    }

    private Duration lifetime(TokenPurpose purpose) {
        return switch (purpose) {
            case EMAIL_VERIFICATION -> settings.verificationTokenTtl();
            case PASSWORD_RESET -> settings.passwordResetTokenTtl();
        };
    }
}
