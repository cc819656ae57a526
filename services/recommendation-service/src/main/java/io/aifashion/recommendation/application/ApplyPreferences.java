package io.aifashion.recommendation.application;

import io.aifashion.events.payload.PreferencesChanged;
import io.aifashion.recommendation.domain.shopper.Budget;
import io.aifashion.recommendation.domain.shopper.Gender;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's preferences changed (the event carries the full state): store them and drop their cached lists. */
@Service
public class ApplyPreferences {

    private final ShopperRepository shoppers;
    private final RecommendationCache cache;
    private final Clock clock;

    public ApplyPreferences(ShopperRepository shoppers, RecommendationCache cache, Clock clock) {
        this.shoppers = shoppers;
        this.cache = cache;
        this.clock = clock;
    }

    @Transactional
    public void changed(UUID eventId, PreferencesChanged e) {
        Optional<Budget> budget = (e.budgetMin() == null && e.budgetMax() == null) || e.currency() == null
                ? Optional.empty() : Optional.of(new Budget(e.budgetMin(), e.budgetMax(), e.currency()));
        shoppers.savePreferences(new ShoppingPreferences(e.userId(), Gender.parse(e.gender()), e.sizes(), budget,
                e.favouriteColors(), e.dislikedColors(), e.styleTags(), eventId.toString(), clock.instant()));
        cache.evictAfterCommit(e.userId());
    }
}
