package io.aifashion.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account: identity, credential (an Argon2id hash, never the password), roles and
 * whether the e-mail address has been proven.
 */
public record Account(UserId id, EmailAddress email, DisplayName displayName, String passwordHash, Set<Role> roles,
                      Instant emailVerifiedAt, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("an account needs a password hash");
        }
        if (roles == null || !roles.contains(Role.USER)) {
            throw new IllegalArgumentException("every account has the USER role");
        }
        roles = Set.copyOf(roles);
    }

    /** A new, unverified account with the USER role. */
    public static Account register(UserId id, EmailAddress email, DisplayName name, String passwordHash,
                                   Instant now) {
        return new Account(id, email, name, passwordHash, EnumSet.of(Role.USER), null, now);
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(emailVerifiedAt);
    }

    public Account withEmailVerified(Instant at) {
        return emailVerified() ? this : new Account(id, email, displayName, passwordHash, roles, at, createdAt);
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, email, displayName, hash, roles, emailVerifiedAt, createdAt);
    }

    public Account withDisplayName(DisplayName name) {
        return new Account(id, email, name, passwordHash, roles, emailVerifiedAt, createdAt);
    }

    public Account withRole(Role role) {
        EnumSet<Role> more = EnumSet.copyOf(roles);
        more.add(role);
        return new Account(id, email, displayName, passwordHash, more, emailVerifiedAt, createdAt);
    }

    /** Role names in a stable order, as the token's {@code roles} claim carries them. */
    public List<String> roleNames() {
        return EnumSet.copyOf(roles).stream().map(Enum::name).toList();
    }

    @Override
    public String toString() {
        // Records print every component; the hash stays out of logs.
        return "Account[id=" + id + ", roles=" + roleNames() + "]";
    }
}
