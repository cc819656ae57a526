package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.ConsentRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The photo-consent read model in PostgreSQL; the newest choice wins whatever order events arrive in. */
@Repository
public class JdbcConsentRegistry implements ConsentRegistry {

    private final JdbcClient jdbc;

    public JdbcConsentRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean storesPhotos(String userId) {
        return jdbc.sql("select store_photos from photo_consent where user_id = :user").param("user", userId)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    public boolean record(String userId, boolean storePhotos, Instant changedAt) {
        return jdbc.sql("""
                insert into photo_consent (user_id, store_photos, changed_at) values (:user, :store, :at)
                on conflict (user_id) do update set store_photos = excluded.store_photos, changed_at = excluded.changed_at
                where photo_consent.changed_at <= excluded.changed_at
                """)
                .param("user", userId).param("store", storePhotos).param("at", Timestamp.from(changedAt))
                .update() > 0;
    }

    @Override
    public void forget(String userId) {
        jdbc.sql("delete from photo_consent where user_id = :user").param("user", userId).update();
    }
}
