package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.ConsentRegistry;
import io.aifashion.imaging.domain.ContentKey;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.ResultCache;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * An account was deleted (GDPR Art. 17): every analysis, kept photo and report of the user, the
 * recorded consent, and the cached results of their photos go.
 */
@Service
public class PurgeUser {

    private final AnalysisRepository analyses;
    private final PhotoVault vault;
    private final ConsentRegistry consents;
    private final ResultCache cache;
    private final TransactionOperations tx;

    public PurgeUser(AnalysisRepository analyses, PhotoVault vault, ConsentRegistry consents, ResultCache cache,
                     TransactionOperations tx) {
        this.analyses = analyses;
        this.vault = vault;
        this.consents = consents;
        this.cache = cache;
        this.tx = tx;
    }

    /** @return how many analyses were deleted */
    public int purge(String userId) {
        List<ContentKey> keys = tx.execute(status -> {
            vault.deleteByUser(userId);
            consents.forget(userId);
            return analyses.deleteByUser(userId);
        });
        // A cached result is a copy of what was deleted and must not outlive it. When this runs inside
        // the event inbox's transaction the eviction precedes the commit; should that roll back,
        // the only cost is measuring those photos again.
        cache.evict(keys);
        return keys.size();
    }
}
