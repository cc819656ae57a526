package io.aifashion.identity.application;

import io.aifashion.events.payload.UserRegistered;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordHasher;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.TokenPurpose;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates an account and sends the verification link. The caller learns nothing about whether the
 * address was already registered (OWASP Authentication Cheat Sheet: account enumeration): either
 * way the answer is the same and the password is hashed; an existing address gets no second account
 * (if it is still unverified, a fresh verification link instead).
 */
@Service
public class RegisterAccount {

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final OneTimeLinks links;
    private final EventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RegisterAccount(AccountRepository accounts, ProfileRepository profiles, PasswordPolicy policy,
                           PasswordHasher hasher, OneTimeLinks links, EventPublisher events, TransactionTemplate tx,
                           Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.policy = policy;
        this.hasher = hasher;
        this.links = links;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    public void register(EmailAddress email, Password password, DisplayName name) {
        policy.check(password, email, name, Password.FIELD);
        // Hashing is slow by design; do it before taking a database connection.
        String hash = hasher.hash(password);
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Account account = Account.register(UserId.random(), email, name, hash, now);
            if (!accounts.insert(account)) {
                // Someone registering again with an unverified address most likely lost the first
                // e-mail: send a fresh link (the cool-down stops this from flooding the mailbox).
                accounts.findByEmail(email).filter(existing -> !existing.emailVerified())
                        .ifPresent(existing -> links.send(existing, TokenPurpose.EMAIL_VERIFICATION, now));
                return;
            }
            profiles.save(Profile.empty(account.id(), now));
            events.publish(new UserRegistered(account.id().toString(), email.value(), name.value()));
            links.send(account, TokenPurpose.EMAIL_VERIFICATION, now);
        });
    }
}
