package io.aifashion.imaging.application;

import io.aifashion.imaging.domain.Analysis;
import io.aifashion.imaging.domain.AnalysisRepository;
import io.aifashion.imaging.domain.PhotoVault;
import io.aifashion.imaging.domain.ResultCache;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** The owner deletes one analysis: its row, its kept photo and report, and its cached result. */
@Service
public class DeleteAnalysis {

    private final AnalysisRepository analyses;
    private final PhotoVault vault;
    private final ResultCache cache;
    private final TransactionOperations tx;

    public DeleteAnalysis(AnalysisRepository analyses, PhotoVault vault, ResultCache cache, TransactionOperations tx) {
        this.analyses = analyses;
        this.vault = vault;
        this.cache = cache;
        this.tx = tx;
    }

    /** @return false when there is no such analysis of this user (nothing changed) */
    public boolean delete(UUID id, String userId) {
        Optional<Analysis> found = analyses.find(id).filter(a -> a.deletableBy(userId));
        if (found.isEmpty()) {
            return false;
        }
        tx.executeWithoutResult(status -> {
            vault.delete(id);
            analyses.delete(id);
        });
        cache.evict(List.of(found.get().contentKey()));
        return true;
    }
}
