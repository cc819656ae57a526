package io.aifashion.identity.domain;

import java.util.Optional;

/** Where accounts live. */
public interface AccountRepository {

    Optional<Account> findById(UserId id);

    /** Locks the account's row until the transaction ends. */
    Optional<Account> findByIdForUpdate(UserId id);

    Optional<Account> findByEmail(EmailAddress email);

    /** Adds the account; false (and nothing stored) if its e-mail address is taken. */
    boolean insert(Account account);

    void update(Account account);

    /** Removes the account and everything that hangs off it (profile, sessions, tokens). */
    boolean delete(UserId id);
}
