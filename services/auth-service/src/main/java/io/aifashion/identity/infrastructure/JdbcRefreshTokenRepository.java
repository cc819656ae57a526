package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.RefreshToken;
import io.aifashion.identity.domain.RefreshTokenRepository;
import io.aifashion.identity.domain.TokenHash;
import io.aifashion.identity.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions and refresh tokens in PostgreSQL. */
@Repository
public class JdbcRefreshTokenRepository implements RefreshTokenRepository {

    private final JdbcClient jdbc;

    public JdbcRefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void startFamily(UUID familyId, UserId userId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("insert into refresh_family (id, account_id, created_at, expires_at) values (:id, :a, :c, :e)")
                .param("id", familyId).param("a", userId.value()).param("c", Timestamps.of(createdAt))
                .param("e", Timestamps.of(expiresAt)).update();
    }

    @Override
    public void insert(UUID id, UUID familyId, TokenHash hash, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into refresh_token (id, family_id, token_hash, issued_at, expires_at)
                values (:id, :f, :h, :i, :e)
                """)
                .param("id", id).param("f", familyId).param("h", hash.hex()).param("i", Timestamps.of(issuedAt))
                .param("e", Timestamps.of(expiresAt)).update();
    }

    @Override
    public Optional<RefreshToken> findForUpdate(TokenHash hash) {
        // Locks the token and its family: a concurrent exchange or revocation waits for this one.
        return jdbc.sql(SELECT + " for update").param("h", hash.hex()).query(JdbcRefreshTokenRepository::token)
                .optional();
    }

    @Override
    public Optional<RefreshToken> find(TokenHash hash) {
        return jdbc.sql(SELECT).param("h", hash.hex()).query(JdbcRefreshTokenRepository::token).optional();
    }

    private static final String SELECT = """
            select t.id, t.family_id, f.account_id, t.token_hash, t.issued_at, t.expires_at, t.rotated_at,
                   f.expires_at as family_expires_at, f.revoked_at as family_revoked_at, t.successor_hash,
                   t.retired_unused
            from refresh_token t join refresh_family f on f.id = t.family_id
            where t.token_hash = :h
            """;

    private static RefreshToken token(ResultSet rs, int row) throws SQLException {
        String successor = rs.getString("successor_hash");
        return new RefreshToken(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                new UserId(rs.getObject("account_id", UUID.class)), new TokenHash(rs.getString("token_hash")),
                Timestamps.read(rs, "issued_at"), Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "rotated_at"),
                Timestamps.read(rs, "family_expires_at"), Timestamps.read(rs, "family_revoked_at"),
                successor == null ? null : new TokenHash(successor), rs.getBoolean("retired_unused"));
    }

    @Override
    public void markRotated(UUID tokenId, Instant at, TokenHash successor) {
        jdbc.sql("update refresh_token set rotated_at = :at, successor_hash = :s where id = :id")
                .param("at", Timestamps.of(at)).param("s", successor.hex()).param("id", tokenId).update();
        jdbc.sql("""
                update refresh_family set last_refreshed_at = :at
                where id = (select family_id from refresh_token where id = :id)
                """).param("at", Timestamps.of(at)).param("id", tokenId).update();
    }

    @Override
    public void retireUnused(UUID tokenId, Instant at) {
        jdbc.sql("update refresh_token set rotated_at = :at, retired_unused = true where id = :id")
                .param("at", Timestamps.of(at)).param("id", tokenId).update();
    }

    @Override
    public void replaceSuccessor(UUID tokenId, TokenHash successor) {
        jdbc.sql("update refresh_token set successor_hash = :s where id = :id")
                .param("s", successor.hex()).param("id", tokenId).update();
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at, String reason) {
        jdbc.sql("""
                update refresh_family set revoked_at = :at, revoked_reason = :reason
                where id = :id and revoked_at is null
                """).param("at", Timestamps.of(at)).param("reason", reason).param("id", familyId).update();
    }

    @Override
    public int revokeAll(UserId userId, Instant at, String reason) {
        return jdbc.sql("""
                update refresh_family set revoked_at = :at, revoked_reason = :reason
                where account_id = :a and revoked_at is null
                """).param("at", Timestamps.of(at)).param("reason", reason).param("a", userId.value()).update();
    }

    @Override
    public List<SessionRecord> sessions(UserId userId) {
        return jdbc.sql("""
                select id, created_at, expires_at, last_refreshed_at, revoked_at, revoked_reason
                from refresh_family where account_id = :a order by created_at
                """).param("a", userId.value())
                .query((rs, n) -> new SessionRecord(rs.getObject("id", UUID.class), Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "last_refreshed_at"),
                        Timestamps.read(rs, "revoked_at"), rs.getString("revoked_reason")))
                .list();
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.sql("delete from refresh_family where expires_at < :now").param("now", Timestamps.of(now))
                .update();
    }
}
