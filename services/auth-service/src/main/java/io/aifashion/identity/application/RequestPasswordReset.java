package io.aifashion.identity.application;

import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.TokenPurpose;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a password reset link if the address has an account; the caller always gets the same
 * answer (OWASP Forgot Password Cheat Sheet: "return a consistent message for both existent and
 * non-existent accounts").
 */
@Service
public class RequestPasswordReset {

    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final Clock clock;

    public RequestPasswordReset(AccountRepository accounts, OneTimeLinks links, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.clock = clock;
    }

    @Transactional
    public void request(EmailAddress email) {
        accounts.findByEmail(email).ifPresent(a -> links.send(a, TokenPurpose.PASSWORD_RESET, clock.instant()));
    }
}
