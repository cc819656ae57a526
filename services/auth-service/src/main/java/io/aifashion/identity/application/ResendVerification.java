package io.aifashion.identity.application;

import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.TokenPurpose;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends a fresh verification link to an unverified account; silent about unknown addresses. */
@Service
public class ResendVerification {

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final Clock clock;

    public ResendVerification(AccountRepository accounts, OneTimeLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public void resend(EmailAddress email) {
        accounts.findByEmail(email).filter(a -> !a.emailVerified())
                .ifPresent(a -> links.send(a, TokenPurpose.EMAIL_VERIFICATION, clock.instant()));
    }
}
