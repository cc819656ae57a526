package io.aifashion.notification.infrastructure;

import io.aifashion.notification.domain.Consent;
import io.aifashion.notification.domain.Recipient;
import io.aifashion.notification.domain.Recipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recipients read model in PostgreSQL; contact and consent are upserted independently. */
@Repository
public class JdbcRecipients implements Recipients {

    private final JdbcClient jdbc;

    public JdbcRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Recipient find(String userId) {
        return jdbc.sql("""
                select user_id, email, display_name, consent_emails, consent_push from recipient where user_id = :user
                """).param("user", userId)
                .query((rs, i) -> new Recipient(rs.getString("user_id"), rs.getString("email"),
                        rs.getString("display_name"),
                        new Consent(rs.getBoolean("consent_emails"), rs.getBoolean("consent_push"))))
                .optional().orElseGet(() -> Recipient.unknown(userId));
    }

    @Override
    public void saveContact(String userId, String email, String displayName) {
        jdbc.sql("""
                insert into recipient (user_id, email, display_name) values (:user, :email, :name)
                on conflict (user_id) do update set email = excluded.email, display_name = excluded.display_name,
                    updated_at = now()
                """).param("user", userId).param("email", email).param("name", displayName).update();
    }

    @Override
    public void saveConsent(String userId, Consent consent) {
        jdbc.sql("""
                insert into recipient (user_id, consent_emails, consent_push) values (:user, :email, :push)
                on conflict (user_id) do update set consent_emails = excluded.consent_emails,
                    consent_push = excluded.consent_push, updated_at = now()
                """).param("user", userId).param("email", consent.email()).param("push", consent.push()).update();
    }

    @Override
    public void saveDisplayName(String userId, String displayName) {
        jdbc.sql("""
                insert into recipient (user_id, display_name) values (:user, :name)
                on conflict (user_id) do update set display_name = excluded.display_name, updated_at = now()
                """).param("user", userId).param("name", displayName).update();
    }

    @Override
    public int deleteUser(String userId) {
        return jdbc.sql("delete from recipient where user_id = :user").param("user", userId).update();
    }
}
