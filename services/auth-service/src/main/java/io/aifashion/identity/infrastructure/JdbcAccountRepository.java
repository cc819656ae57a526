package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.Account;
import io.aifashion.identity.domain.AccountRepository;
import io.aifashion.identity.domain.DisplayName;
import io.aifashion.identity.domain.EmailAddress;
import io.aifashion.identity.domain.Role;
import io.aifashion.identity.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in PostgreSQL; every statement is parameterised. */
@Repository
public class JdbcAccountRepository implements AccountRepository {

    private static final String COLUMNS =
            "id, email, display_name, password_hash, roles, email_verified_at, created_at";

    private final JdbcClient jdbc;

    public JdbcAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> findById(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<Account> findByIdForUpdate(UserId id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id for update").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return jdbc.sql("select " + COLUMNS + " from account where email = :email").param("email", email.value())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public boolean insert(Account a) {
        // "on conflict do nothing" instead of catching the unique violation: a failed statement
        // would abort the surrounding PostgreSQL transaction.
        return jdbc.sql("""
                insert into account (id, email, display_name, password_hash, roles, email_verified_at, created_at,
                                     updated_at)
                values (:id, :email, :name, :hash, :roles, :verified, :created, :created)
                on conflict (email) do nothing
                """)
                .param("id", a.id().value())
                .param("email", a.email().value())
                .param("name", a.displayName().value())
                .param("hash", a.passwordHash())
                .param("roles", roles(a))
                .param("verified", Timestamps.of(a.emailVerifiedAt()))
                .param("created", Timestamps.of(a.createdAt()))
                .update() == 1;
    }

    @Override
    public void update(Account a) {
        jdbc.sql("""
                update account set display_name = :name, password_hash = :hash, roles = :roles,
                       email_verified_at = :verified, updated_at = now()
                where id = :id
                """)
                .param("id", a.id().value())
                .param("name", a.displayName().value())
                .param("hash", a.passwordHash())
                .param("roles", roles(a))
                .param("verified", Timestamps.of(a.emailVerifiedAt()))
                .update();
    }

    @Override
    public boolean delete(UserId id) {
        return jdbc.sql("delete from account where id = :id").param("id", id.value()).update() == 1;
    }

    private static String roles(Account a) {
        return String.join(",", a.roleNames());
    }

    private static Account map(ResultSet rs) throws SQLException {
        EnumSet<Role> roles = Arrays.stream(rs.getString("roles").split(","))
                .map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Account(new UserId(rs.getObject("id", UUID.class)), new EmailAddress(rs.getString("email")),
                new DisplayName(rs.getString("display_name")), rs.getString("password_hash"), roles,
                Timestamps.read(rs, "email_verified_at"), Timestamps.read(rs, "created_at"));
    }
}
