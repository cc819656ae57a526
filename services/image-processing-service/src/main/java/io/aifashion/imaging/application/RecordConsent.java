package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.ConsentRegistry;
import io.aifashion.imaging.domain.PhotoVault;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changed their preferences. Withdrawing consent to keep photos deletes the photos already
 * kept (GDPR Art. 7(3): withdrawing must be as easy as giving, and processing based on it stops);
 * their analyses' derived colours stay, since the history does not rest on that consent.
 */
@Service
public class RecordConsent {

    private final ConsentRegistry consents;
    private final PhotoVault vault;

    public RecordConsent(ConsentRegistry consents, PhotoVault vault) {
        this.consents = consents;
        this.vault = vault;
    }

    /** Joins the caller's transaction (the event inbox's), so the choice and its effects commit together. */
    @Transactional
    public void record(String userId, boolean storePhotos, Instant changedAt) {
        if (consents.record(userId, storePhotos, changedAt) && !storePhotos) {
            vault.deleteByUser(userId);
        }
    }
}
