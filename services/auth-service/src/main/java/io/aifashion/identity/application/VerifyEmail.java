package io.aifashion.identity.application;

import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.OneTimeToken;
import io.aifashion.identity.domain.OneTimeTokenRejected;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.SecretToken;
import io.aifashion.identity.domain.TokenPurpose;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proves an e-mail address with the single-use token from the verification link. */
@Service
public class VerifyEmail {

    private final OneTimeTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    public VerifyEmail(OneTimeTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public void verify(SecretToken token) {
        Instant now = clock.instant();
        OneTimeToken stored = tokens.findForUpdate(token.hash())
                .filter(t -> t.usableFor(TokenPurpose.EMAIL_VERIFICATION, now))
                .orElseThrow(() -> new OneTimeTokenRejected(TokenPurpose.EMAIL_VERIFICATION));
        tokens.markUsed(stored.hash(), now);
        accounts.findByIdForUpdate(stored.userId())
                .ifPresent(account -> accounts.update(account.withEmailVerified(now)));
    }
}
