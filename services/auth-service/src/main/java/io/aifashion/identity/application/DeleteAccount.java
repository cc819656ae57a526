package io.aifashion.identity.application;

import io.aifashion.events.payload.UserDeleted;
import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountNotFound;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.EventHistory;
import io.aifashion.identity.domain.LoginAttemptStore;
import io.aifashion.identity.domain.ThrottleSubject;
import io.aifashion.identity.domain.UserId;
import io.aifashion.kit.events.EventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases an account (GDPR Art. 17). In one transaction: the account and everything hanging off it
 * (profile, sessions, links) go, earlier events about the user are dropped from the outbox, and
 * {@code UserDeleted} is written to it — so every other service is told to purge if and only if the
 * account is really gone here. Once Kafka has the announcement, housekeeping drops that last row
 * too, and no table in this service holds the user's id any more.
 */
@Service
public class DeleteAccount {

    private final AccountRepository accounts;
    private final LoginAttemptStore attempts;
    private final EventHistory history;
    private final EventPublisher events;

    public DeleteAccount(AccountRepository accounts, LoginAttemptStore attempts, EventHistory history,
                         EventPublisher events) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.history = history;
        this.events = events;
    }

    @Transactional
    public void delete(UserId id) {
        Account account = accounts.findByIdForUpdate(id).orElseThrow(() -> new AccountNotFound(id.toString()));
        history.forget(id);
        attempts.clear(ThrottleSubject.account(account.email()));
        accounts.delete(id);
        events.publish(new UserDeleted(id.toString()));
    }
}
