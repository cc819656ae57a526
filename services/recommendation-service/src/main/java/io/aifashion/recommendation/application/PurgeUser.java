package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account was deleted: remove every row holding the user's id — palette, preferences, the folded
 * read model, experiment exposures and conversions, and the user's entries of the interaction log.
 * Deletion wins over the log's immutability (GDPR Art. 17); a rebuild afterwards simply no longer
 * sees them. Models trained before keep no per-user state for item-kNN, EASE or popularity, and the
 * next training (at most one interval later) drops the user's contribution everywhere.
 */
@Service
public class PurgeUser {

    private final InteractionLog log;
    private final ShopperHistories histories;
    private final ShopperRepository shoppers;
    private final ExperimentRepository experiments;
    private final RecommendationCache cache;
    private final ColourAffinityCache colours;

    public PurgeUser(InteractionLog log, ShopperHistories histories, ShopperRepository shoppers,
                     ExperimentRepository experiments, RecommendationCache cache, ColourAffinityCache colours) {
        this.log = log;
        this.histories = histories;
        this.shoppers = shoppers;
        this.experiments = experiments;
        this.cache = cache;
        this.colours = colours;
    }

    /** @return rows removed */
    @Transactional
    public int purge(String userId) {
        histories.lockUser(userId);
        int removed = log.deleteUser(userId) + histories.deleteUser(userId) + shoppers.deleteUser(userId)
                + experiments.deleteUser(userId);
        colours.evictUser(userId);
        cache.evictAfterCommit(userId);
        return removed;
    }
}
