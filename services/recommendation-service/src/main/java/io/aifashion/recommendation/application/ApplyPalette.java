package io.aifashion.recommendation.application;

import io.aifashion.events.payload.NamedColor;
import io.aifashion.events.payload.PaletteGenerated;
import io.aifashion.events.payload.RecommendationsRefreshed;
import io.aifashion.kit.events.EventPublisher;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentRepository;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import io.aifashion.recommendation.domain.shopper.Swatch;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's palette arrived: store it, drop their cached lists, and — if it changes their top 20
 * materially — announce {@code RecommendationsRefreshed} (one event per palette at most, so the
 * notification volume follows the analyses, never the catalogue or the models).
 */
@Service
public class ApplyPalette {

    static final int COMPARED = 20;

    private final ShopperRepository shoppers;
    private final ShopperRanking ranking;
    private final ModelRegistry registry;
    private final ExperimentRepository experiments;
    private final RecommendationCache cache;
    private final ColourAffinityCache colours;
    private final EventPublisher events;
    private final RecommendationProperties properties;
    private final Clock clock;

    public ApplyPalette(ShopperRepository shoppers, ShopperRanking ranking, ModelRegistry registry,
                        ExperimentRepository experiments, RecommendationCache cache, ColourAffinityCache colours,
                        EventPublisher events, RecommendationProperties properties, Clock clock) {
        this.shoppers = shoppers;
        this.ranking = ranking;
        this.registry = registry;
        this.experiments = experiments;
        this.cache = cache;
        this.colours = colours;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return whether RecommendationsRefreshed was announced */
    @Transactional
    public boolean generated(UUID eventId, PaletteGenerated e) {
        UserPalette palette = new UserPalette(e.userId(), e.analysisId(), e.season(), e.confidence(),
                swatches(e.wearable()), swatches(e.neutrals()), swatches(e.accents()), swatches(e.metals()),
                swatches(e.avoid()), eventId.toString(), clock.instant());
        Optional<ModelBundle> bundle = registry.current();
        Optional<Experiment> running = experiments.running();
        List<String> before = bundle.map(b -> top(b, e.userId(), Optional.empty(), running)).orElse(List.of());
        shoppers.savePalette(palette);
        colours.evictUser(e.userId());
        cache.evictAfterCommit(e.userId());
        if (bundle.isEmpty()) {
            return false;
        }
        ShopperRanking.Outcome after = ranking.rank(bundle.get(), e.userId(), COMPARED, null, Optional.of(palette),
                running);
        List<String> afterIds = after.ranked().stream().map(r -> r.product().id()).toList();
        Set<String> previous = new HashSet<>(before);
        int fresh = (int) afterIds.stream().filter(id -> !previous.contains(id)).count();
        if (afterIds.isEmpty() || fresh < properties.refresh().minChangedShare() * afterIds.size()) {
            return false;
        }
        events.publish(new RecommendationsRefreshed(e.userId(), fresh, after.modelVersion(), "palette"));
        return true;
    }

    private List<String> top(ModelBundle bundle, String userId, Optional<UserPalette> palette,
                             Optional<Experiment> running) {
        return ranking.rank(bundle, userId, COMPARED, null, palette, running).ranked().stream()
                .map(r -> r.product().id()).toList();
    }

    private static List<Swatch> swatches(List<NamedColor> colours) {
        return colours.stream().map(c -> new Swatch(c.name(), c.hex())).toList();
    }
}
