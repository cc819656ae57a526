package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.LostAnswerGrace;
import io.aifashion.identity.domain.RefreshRejected;
import io.aifashion.identity.domain.RefreshStatus;
import io.aifashion.identity.domain.RefreshToken;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import io.aifashion.identity.domain.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exchanges a refresh token for a new access token and the next refresh token (rotation, RFC 6749
 * §10.4 and RFC 9700 §4.14.2). The presented token's row is locked, so of two concurrent
 * exchanges of one token exactly one succeeds and the other is treated as the replay it looks like.
 * A replayed (already rotated) token revokes its whole family — committed even though the request
 * fails, which is why the outcome is decided inside the transaction and thrown after it — unless
 * {@link LostAnswerGrace} shows it to be a retry whose answer was lost (a page reloaded while its
 * exchange was on the way): then the unused successor is retired and replaced.
 */
@Service
public class RefreshSession {

    private static final Logger log = LoggerFactory.getLogger(RefreshSession.class);

    private final RefreshTokenRepository refreshTokens;
    private final AccountRepository accounts;
    private final SessionIssuer sessions;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final LostAnswerGrace grace;

    public RefreshSession(RefreshTokenRepository refreshTokens, AccountRepository accounts, SessionIssuer sessions,
                          TransactionTemplate tx, Clock clock, AuthSettings settings) {
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.sessions = sessions;
        this.tx = tx;
        this.clock = clock;
        this.grace = new LostAnswerGrace(settings.refreshRetryGrace());
    }

    public Session refresh(SecretToken presented) {
        Outcome outcome = tx.execute(status -> {
            Instant now = clock.instant();
            Optional<RefreshToken> found = refreshTokens.findForUpdate(presented.hash());
            if (found.isEmpty()) {
                return new Outcome(null, RefreshStatus.UNKNOWN);
            }
            RefreshToken token = found.get();
            RefreshStatus state = token.statusAt(now);
            switch (state) {
                case ACTIVE -> {
                    Optional<Account> account = accounts.findById(token.userId());
                    if (account.isEmpty()) {
                        return new Outcome(null, RefreshStatus.REVOKED);
                    }
                    Session next = sessions.next(account.get(), token.familyId(), token.familyExpiresAt(), now);
                    refreshTokens.markRotated(token.id(), now, next.refreshToken().hash());
                    return new Outcome(next, RefreshStatus.ACTIVE);
                }
                case REUSED -> {
                    // The family is locked (findForUpdate), so the successor cannot change meanwhile.
                    Optional<RefreshToken> successor = Optional.ofNullable(token.successorHash())
                            .flatMap(refreshTokens::find);
                    if (successor.isPresent() && grace.allowsRetry(token, successor.get(), now)) {
                        Optional<Account> account = accounts.findById(token.userId());
                        if (account.isEmpty()) {
                            return new Outcome(null, RefreshStatus.REVOKED);
                        }
                        Session next = sessions.next(account.get(), token.familyId(), token.familyExpiresAt(), now);
                        refreshTokens.retireUnused(successor.get().id(), now);
                        refreshTokens.replaceSuccessor(token.id(), next.refreshToken().hash());
                        log.info("Refresh token of session {} presented again {} ms after its exchange, its successor "
                                + "unused: answer presumed lost, successor replaced", token.familyId(),
                                Duration.between(token.rotatedAt(), now).toMillis());
                        return new Outcome(next, RefreshStatus.ACTIVE);
                    }
                    refreshTokens.revokeFamily(token.familyId(), now, "reuse-detected");
                    log.warn("Refresh token replayed: session {} of user {} revoked", token.familyId(),
                            token.userId());
                    return new Outcome(null, RefreshStatus.REUSED);
                }
                default -> {
                    return new Outcome(null, state);
                }
            }
        });
        if (outcome == null || outcome.session() == null) {
            throw new RefreshRejected(outcome == null ? RefreshStatus.UNKNOWN : outcome.status());
        }
        return outcome.session();
    }

    private record Outcome(Session session, RefreshStatus status) {
    }
}
