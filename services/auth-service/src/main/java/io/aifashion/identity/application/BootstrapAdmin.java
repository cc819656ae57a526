package io.aifashion.identity.application;

import io.aifashion.events.payload.UserRegistered;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.InvalidInputException;
import io.aifashion.identity.domain.Password;
import io.aifashion.identity.domain.PasswordHasher;
import io.aifashion.identity.domain.PasswordPolicy;
import io.aifashion.identity.domain.Profile;
import io.aifashion.identity.domain.ProfileRepository;
import io.aifashion.identity.domain.Role;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.events.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates or promotes the first administrator from {@code AIFASHION_ADMIN_EMAIL} and
 * {@code AIFASHION_ADMIN_PASSWORD} at start-up. There is no built-in admin and no default password
 * (OWASP ASVS 2.5.4); when the variables are unset nothing happens. An existing account with that
 * address is promoted and keeps its own password. A configured password must pass the same policy
 * as everyone's, or start-up fails naming the variable (never the value).
 */
@Component
public class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AdminSettings admin;
    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final EventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public BootstrapAdmin(AdminSettings admin, AccountRepository accounts, ProfileRepository profiles,
                          PasswordPolicy policy, PasswordHasher hasher, EventPublisher events, TransactionTemplate tx,
                          Clock clock) {
        this.admin = admin;
        this.accounts = accounts;
        this.profiles = profiles;
        this.policy = policy;
        this.hasher = hasher;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.configured()) {
            return;
        }
        EmailAddress email = configured("AIFASHION_ADMIN_EMAIL", () -> EmailAddress.parse(admin.email()));
        DisplayName name = configured("AIFASHION_ADMIN_DISPLAY_NAME", () -> DisplayName.parse(admin.displayName()));
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            promote(existing.get());
            return;
        }
        if (admin.password() == null || admin.password().isEmpty()) {
            throw new IllegalStateException("AIFASHION_ADMIN_PASSWORD must be set to create the administrator "
                    + email.value() + " (or unset AIFASHION_ADMIN_EMAIL)");
        }
        Password password = configured("AIFASHION_ADMIN_PASSWORD", () -> {
            Password p = Password.of(admin.password(), "AIFASHION_ADMIN_PASSWORD");
            policy.check(p, email, name, "AIFASHION_ADMIN_PASSWORD");
            return p;
        });
        String hash = hasher.hash(password);
        tx.executeWithoutResult(status -> {
            Instant now = clock.instant();
            Account account = new Account(UserId.random(), email, name, hash, EnumSet.of(Role.USER, Role.ADMIN), now,
                    now);
            if (accounts.insert(account)) {
                profiles.save(Profile.empty(account.id(), now));
                events.publish(new UserRegistered(account.id().toString(), email.value(), name.value()));
                log.info("Created the administrator account {} ({})", account.id(), email.value());
            } else {
                accounts.findByEmail(email).ifPresent(this::promote);
            }
        });
    }

    private void promote(Account account) {
        if (account.isAdmin() && account.emailVerified()) {
            return;
        }
        tx.executeWithoutResult(status -> accounts.findByIdForUpdate(account.id()).ifPresent(current ->
                accounts.update(current.withRole(Role.ADMIN).withEmailVerified(clock.instant()))));
        log.info("Granted the ADMIN role to account {} ({})", account.id(), account.email().value());
    }

    private static <T> T configured(String variable, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(variable + " " + e.getMessage(), e);
        }
    }
}
