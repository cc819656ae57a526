package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.interaction.Interaction;
import io.aifashion.recommendation.domain.interaction.InteractionLog;
import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import io.aifashion.recommender.data.EventWeights;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Event sourcing's promise, kept: throws away every read model derived from the interaction log and
 * rebuilds it by replaying the log with the same fold the live path uses ({@link ItemState#fold}).
 * One transaction: the truncation holds an exclusive lock on the read model, so concurrent
 * interactions wait and then fold onto the rebuilt rows; readers see the old state until the commit.
 * The models are not retrained (same model version), so recommendations come out identical.
 */
@Service
public class RebuildReadModels {

    private static final Logger log = LoggerFactory.getLogger(RebuildReadModels.class);

    private final InteractionLog interactions;
    private final ShopperHistories histories;
    private final RecommendationCache cache;
    private final EventWeights weights = EventWeights.defaults();

    public RebuildReadModels(InteractionLog interactions, ShopperHistories histories, RecommendationCache cache) {
        this.interactions = interactions;
        this.histories = histories;
        this.cache = cache;
    }

    public record Outcome(long replayed, long users, long pairs, Duration took) {
    }

    @Transactional
    public Outcome rebuild() {
        long started = System.nanoTime();
        histories.truncate();
        var folder = new Folder();
        long replayed = interactions.replay(folder::accept);
        folder.flush();
        cache.clearAfterCommit();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Rebuilt the interaction read model: {} interactions of {} users into {} pairs in {} ms", replayed,
                folder.users, folder.pairs, took.toMillis());
        return new Outcome(replayed, folder.users, folder.pairs, took);
    }

    /** Folds one user's interactions at a time (the log is replayed grouped by user) and writes them out. */
    private final class Folder {
        private String user;
        private final Map<String, ItemState> states = new LinkedHashMap<>();
        private long users;
        private long pairs;

        void accept(Interaction i) {
            if (!i.userId().equals(user)) {
                flush();
                user = i.userId();
                users++;
            }
            states.merge(i.productId(), ItemState.first(i, weights), (old, ignored) -> old.fold(i, weights));
        }

        void flush() {
            if (!states.isEmpty()) {
                histories.saveAll(states.values());
                pairs += states.size();
                states.clear();
            }
        }
    }
}
