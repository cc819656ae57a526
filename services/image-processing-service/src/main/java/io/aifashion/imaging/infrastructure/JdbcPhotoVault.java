package io.aifashion.imaging.infrastructure;

import io.aifashion.imaging.domain.PhotoCopy;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.StoredPhoto;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Kept photos in PostgreSQL, sealed with {@link PhotoCipher}. In the database rather than a file
 * store so that a photo is written, and deleted, in the same transaction as its analysis, and a
 * purge can never leave an orphaned file behind.
 */
@Repository
public class JdbcPhotoVault implements PhotoVault {

    private static final Logger log = LoggerFactory.getLogger(JdbcPhotoVault.class);

    private final JdbcClient jdbc;
    private final PhotoCipher cipher;

    public JdbcPhotoVault(JdbcClient jdbc, PhotoCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public void store(UUID analysisId, String userId, PhotoCopy photo, Instant storedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into kept_photo (analysis_id, user_id, media_type, width, height, key_id, photo, report, stored_at, expires_at)
                values (:id, :user, :type, :w, :h, :key, :photo, :report, :at, :expires)
                """)
                .param("id", analysisId).param("user", userId).param("type", photo.mediaType())
                .param("w", photo.width()).param("h", photo.height()).param("key", cipher.keyId())
                .param("photo", cipher.seal(photo.image(), analysisId))
                .param("report", cipher.seal(photo.report(), analysisId))
                .param("at", Timestamp.from(storedAt)).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    @Override
    public Optional<PhotoCopy> photo(UUID analysisId) {
        return jdbc.sql("""
                select media_type, width, height, key_id, photo, report from kept_photo
                where analysis_id = :id and expires_at > now()
                """)
                .param("id", analysisId)
                .query((rs, i) -> new Sealed(rs.getString("media_type"), rs.getInt("width"), rs.getInt("height"),
                        rs.getString("key_id"), rs.getBytes("photo"), rs.getBytes("report")))
                .optional()
                .flatMap(s -> open(analysisId, s));
    }

    private Optional<PhotoCopy> open(UUID analysisId, Sealed s) {
        if (!cipher.keyId().equals(s.keyId())) {
            log.warn("Kept photo of analysis {} was sealed with key {}, the current key is {}: treated as absent",
                    analysisId, s.keyId(), cipher.keyId());
            return Optional.empty();
        }
        try {
            return Optional.of(new PhotoCopy(cipher.open(s.photo(), analysisId), s.mediaType(), s.width(), s.height(),
                    cipher.open(s.report(), analysisId)));
        } catch (GeneralSecurityException e) {
            log.error("Kept photo of analysis {} failed authentication (altered in the database?): treated as absent",
                    analysisId);
            return Optional.empty();
        }
    }

    @Override
    public List<StoredPhoto> listOf(String userId) {
        return jdbc.sql("""
                select analysis_id, media_type, width, height, octet_length(photo) + octet_length(report) as bytes,
                       stored_at, expires_at
                from kept_photo where user_id = :user order by stored_at desc
                """)
                .param("user", userId)
                .query((rs, i) -> new StoredPhoto(rs.getObject("analysis_id", UUID.class), rs.getString("media_type"),
                        rs.getInt("width"), rs.getInt("height"), rs.getInt("bytes"),
                        rs.getTimestamp("stored_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    @Override
    public boolean delete(UUID analysisId) {
        return jdbc.sql("delete from kept_photo where analysis_id = :id").param("id", analysisId).update() > 0;
    }

    @Override
    public int deleteByUser(String userId) {
        return jdbc.sql("delete from kept_photo where user_id = :user").param("user", userId).update();
    }

    @Override
    public int deleteExpired(Instant now) {
        return jdbc.sql("delete from kept_photo where expires_at <= :now").param("now", Timestamp.from(now)).update();
    }

    private record Sealed(String mediaType, int width, int height, String keyId, byte[] photo, byte[] report) {
    }
}
