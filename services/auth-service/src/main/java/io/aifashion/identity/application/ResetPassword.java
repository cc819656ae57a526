package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.LoginAttemptStore;
import io.aifashion.identity.domain.OneTimeToken;
import io.aifashion.identity.domain.OneTimeTokenRejected;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordHasher;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import io.aifashion.identity.domain.ThrottleSubject;
import io.aifashion.identity.domain.TokenPurpose;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a new password with the single-use token from a reset link. Everything happens in one
 * transaction: a password the policy refuses leaves the token usable and nothing changed. On
 * success every session of the account ends (OWASP ASVS 3.3.3), the address counts as verified
 * (the link proved the mailbox), the sign-in back-off for the address is cleared, and the owner is
 * told that the password changed.
 */
@Service
public class ResetPassword {

    public static final String FIELD = "newPassword";

    private final OneTimeTokenRepository tokens;
    private final AccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final LoginAttemptStore attempts;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ResetPassword(OneTimeTokenRepository tokens, AccountRepository accounts,
                         RefreshTokenRepository refreshTokens, LoginAttemptStore attempts, PasswordPolicy policy,
                         PasswordHasher hasher, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.attempts = attempts;
        this.policy = policy;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Transactional
    public void reset(SecretToken token, Password newPassword) {
        Instant now = clock.instant();
        OneTimeToken stored = tokens.findForUpdate(token.hash())
                .filter(t -> t.usableFor(TokenPurpose.PASSWORD_RESET, now))
                .orElseThrow(() -> new OneTimeTokenRejected(TokenPurpose.PASSWORD_RESET));
        Account account = accounts.findByIdForUpdate(stored.userId())
                .orElseThrow(() -> new OneTimeTokenRejected(TokenPurpose.PASSWORD_RESET));
        policy.check(newPassword, account.email(), account.displayName(), FIELD);
        accounts.update(account.withPasswordHash(hasher.hash(newPassword)).withEmailVerified(now));
        tokens.markUsed(stored.hash(), now);
        refreshTokens.revokeAll(account.id(), now, "password-reset");
        attempts.clear(ThrottleSubject.account(account.email()));
    }
}
