package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.OneTimeToken;
import io.aifashion.identity.domain.OneTimeTokenRepository;
import io.aifashion.identity.domain.TokenHash;
import io.aifashion.identity.domain.TokenPurpose;
import io.aifashion.identity.domain.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** E-mail link tokens in PostgreSQL, by hash. */
@Repository
public class JdbcOneTimeTokenRepository implements OneTimeTokenRepository {

    private final JdbcClient jdbc;

    public JdbcOneTimeTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(OneTimeToken t) {
        jdbc.sql("""
                insert into one_time_token (token_hash, account_id, purpose, created_at, expires_at, used_at)
                values (:h, :a, :p, :c, :e, :u)
                """)
                .param("h", t.hash().hex()).param("a", t.userId().value()).param("p", t.purpose().name())
                .param("c", Timestamps.of(t.createdAt())).param("e", Timestamps.of(t.expiresAt()))
                .param("u", Timestamps.of(t.usedAt())).update();
    }

    @Override
    public Optional<OneTimeToken> findForUpdate(TokenHash hash) {
        return jdbc.sql("select * from one_time_token where token_hash = :h for update").param("h", hash.hex())
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public void markUsed(TokenHash hash, Instant at) {
        jdbc.sql("update one_time_token set used_at = :at where token_hash = :h and used_at is null")
                .param("at", Timestamps.of(at)).param("h", hash.hex()).update();
    }

    @Override
    public void invalidateOutstanding(UserId userId, TokenPurpose purpose, Instant at) {
        jdbc.sql("""
                update one_time_token set used_at = :at
                where account_id = :a and purpose = :p and used_at is null
                """).param("at", Timestamps.of(at)).param("a", userId.value()).param("p", purpose.name()).update();
    }

    @Override
    public Optional<Instant> lastIssued(UserId userId, TokenPurpose purpose) {
        return jdbc.sql("select max(created_at) as last from one_time_token where account_id = :a and purpose = :p")
                .param("a", userId.value()).param("p", purpose.name())
                .query((rs, n) -> Timestamps.read(rs, "last")).optional();
    }

    @Override
    public List<OneTimeToken> forUser(UserId userId) {
        return jdbc.sql("select * from one_time_token where account_id = :a order by created_at")
                .param("a", userId.value()).query((rs, n) -> map(rs)).list();
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbc.sql("delete from one_time_token where expires_at < :now").param("now", Timestamps.of(now))
                .update();
    }

    private static OneTimeToken map(ResultSet rs) throws SQLException {
        return new OneTimeToken(new TokenHash(rs.getString("token_hash")),
                new UserId(rs.getObject("account_id", UUID.class)), TokenPurpose.valueOf(rs.getString("purpose")),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "used_at"));
    }
}
