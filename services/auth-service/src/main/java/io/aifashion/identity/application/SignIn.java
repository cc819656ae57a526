package io.aifashion.identity.application;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.CredentialsRejected;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.EmailNotVerified;
import io.aifashion.identity.domain.LoginAttemptStore;
import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordHasher;
import io.aifashion.identity.domain.Session;
import io.aifashion.identity.domain.SignInThrottled;
import io.aifashion.identity.domain.ThrottleSubject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a user in with e-mail and password. Defences (OWASP Authentication Cheat Sheet, ASVS
 * V2.2): back-off per e-mail address and per client address, checked before any password work;
 * one answer for "no such account" and "wrong password", with the same Argon2 cost for both; a
 * hash made with outdated parameters is replaced on the next successful sign-in.
 */
@Service
public class SignIn {

    private static final Logger log = LoggerFactory.getLogger(SignIn.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginAttemptStore attempts;
    private final SessionIssuer sessions;
    private final AuthSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SignIn(AccountRepository accounts, PasswordHasher hasher, LoginAttemptStore attempts,
                  SessionIssuer sessions, AuthSettings settings, TransactionTemplate tx, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.attempts = attempts;
        this.sessions = sessions;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    public Session signIn(EmailAddress email, Password password, String clientAddress) {
        Instant now = clock.instant();
        ThrottleSubject byAccount = ThrottleSubject.account(email);
        ThrottleSubject byAddress = ThrottleSubject.address(clientAddress);
        Optional<Instant> lockedUntil = Stream.of(attempts.lockedUntil(byAccount, now),
                        attempts.lockedUntil(byAddress, now))
                .flatMap(Optional::stream).max(Instant::compareTo);
        if (lockedUntil.isPresent()) {
            throw new SignInThrottled(Duration.between(now, lockedUntil.get()));
        }

        Optional<Account> found = accounts.findByEmail(email);
        boolean matches;
        if (found.isPresent()) {
            matches = hasher.matches(password, found.get().passwordHash());
        } else {
            hasher.matchNothing(password);
            matches = false;
        }
        if (!matches) {
            attempts.recordFailure(byAccount, settings.accountThrottle().policy(), now);
            attempts.recordFailure(byAddress, settings.addressThrottle().policy(), now);
            log.info("Sign-in failed from {}", clientAddress);
            throw new CredentialsRejected();
        }
        attempts.clear(byAccount);
        Account account = found.get();
        if (settings.requireVerifiedEmail() && !account.emailVerified()) {
            throw new EmailNotVerified();
        }
        String upgraded = hasher.needsRehash(account.passwordHash()) ? hasher.hash(password) : null;
        return tx.execute(status -> {
            Account current = account;
            if (upgraded != null) {
                current = account.withPasswordHash(upgraded);
                accounts.update(current);
            }
            return sessions.start(current, now);
        });
    }
}
