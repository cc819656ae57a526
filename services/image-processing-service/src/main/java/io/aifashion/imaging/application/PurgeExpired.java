package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.ContentKey;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.ResultCache;
import io.aifashion.imaging.domain.RetentionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** Storage limitation: kept photos past their expiry and anonymous analyses past theirs are deleted. */
@Service
public class PurgeExpired {

    private final PhotoVault vault;
    private final AnalysisRepository analyses;
    private final ResultCache cache;
    private final RetentionPolicy retention;
    private final TransactionOperations tx;
    private final Clock clock;

    public PurgeExpired(PhotoVault vault, AnalysisRepository analyses, ResultCache cache, RetentionPolicy retention,
                        TransactionOperations tx, Clock clock) {
        this.vault = vault;
        this.analyses = analyses;
        this.cache = cache;
        this.retention = retention;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return photos deleted and anonymous analyses deleted */
    public Purged run() {
        Instant now = clock.instant();
        int photos = vault.deleteExpired(now);
        List<ContentKey> keys = tx.execute(status -> analyses.deleteAnonymousBefore(now.minus(retention.anonymous())));
        cache.evict(keys);
        return new Purged(photos, keys.size());
    }

    public record Purged(int photos, int anonymousAnalyses) {
    }
}
