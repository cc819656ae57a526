package io.aifashion.identity.infrastructure;

import io.aifashion.identity.domain.LoginAttemptStore;
import io.aifashion.identity.domain.ThrottlePolicy;
import io.aifashion.identity.domain.ThrottleSubject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in failure counters in PostgreSQL — the service's own database, so throttling keeps working
 * whatever else is down, and every instance of the service sees the same counts.
 */
@Repository
public class JdbcLoginAttemptStore implements LoginAttemptStore {

    private final JdbcClient jdbc;

    public JdbcLoginAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(ThrottleSubject subject, Instant now) {
        return jdbc.sql("select locked_until from login_attempt where subject = :s and locked_until > :now")
                .param("s", subject.key()).param("now", Timestamps.of(now))
                .query((rs, n) -> Timestamps.read(rs, "locked_until")).optional();
    }

    @Override
    @Transactional
    public void recordFailure(ThrottleSubject subject, ThrottlePolicy policy, Instant now) {
        // One atomic upsert counts the failure (starting over when earlier ones are forgotten), so
        // concurrent failures are all counted.
        int failures = jdbc.sql("""
                insert into login_attempt (subject, failures, last_failure_at) values (:s, 1, :now)
                on conflict (subject) do update set
                    failures = case when login_attempt.last_failure_at <= :forgetBefore then 1
                                    else login_attempt.failures + 1 end,
                    last_failure_at = :now
                returning failures
                """)
                .param("s", subject.key()).param("now", Timestamps.of(now))
                .param("forgetBefore", Timestamps.of(now.minus(policy.memory())))
                .query(Integer.class).single();
        Duration delay = policy.delayAfter(failures);
        jdbc.sql("update login_attempt set locked_until = :until where subject = :s")
                .param("until", delay.isZero() ? null : Timestamps.of(now.plus(delay))).param("s", subject.key())
                .update();
    }

    @Override
    public void clear(ThrottleSubject subject) {
        jdbc.sql("delete from login_attempt where subject = :s").param("s", subject.key()).update();
    }

    @Override
    public int purgeOlderThan(Instant cutoff) {
        return jdbc.sql("delete from login_attempt where last_failure_at < :cutoff and "
                        + "(locked_until is null or locked_until < :cutoff)")
                .param("cutoff", Timestamps.of(cutoff)).update();
    }
}
