package io.aifashion.recommendation.application;

import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.Variant;
import io.aifashion.recommendation.domain.interaction.ShopperHistories;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.ColourAffinity;
import io.aifashion.recommendation.domain.ranking.ColourNames;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.NamedLab;
import io.aifashion.recommendation.domain.ranking.RankedProduct;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import io.aifashion.recommendation.domain.ranking.Recommender;
import io.aifashion.recommendation.domain.ranking.ShopperProfile;
import io.aifashion.recommendation.domain.shopper.ShopperRepository;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import io.aifashion.recommender.data.UserHistory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Ranks the catalogue for one user with everything known about them: palette, preferences,
 * interaction history and, if an experiment is running and the user is enrolled, their variant.
 * Shared by the recommendations endpoint and by the palette handler, which compares the list before
 * and after a new palette.
 */
@Component
public class ShopperRanking {

    private final ShopperRepository shoppers;
    private final ShopperHistories histories;
    private final ColourAffinityCache colours;
    private final ColourNames colourNames;
    private final RecommendationProperties properties;
    private final Recommender recommender = new Recommender();

    public ShopperRanking(ShopperRepository shoppers, ShopperHistories histories, ColourAffinityCache colours,
                          ColourNames colourNames, RecommendationProperties properties) {
        this.shoppers = shoppers;
        this.histories = histories;
        this.colours = colours;
        this.colourNames = colourNames;
        this.properties = properties;
    }

    /**
     * @param palette the palette to rank with; empty to use the stored one
     * @param arm     the experiment variant the user is in, if any
     */
    public record Outcome(List<RankedProduct> ranked, Algorithm served, String modelVersion,
                          Optional<Recommendations.Arm> arm) {
    }

    public Outcome rank(ModelBundle bundle, String userId, int limit, String category, Optional<UserPalette> palette,
                        Optional<Experiment> running) {
        Optional<UserPalette> usedPalette = palette.isPresent() ? palette : shoppers.palette(userId);
        Optional<ShoppingPreferences> preferences = shoppers.preferences(userId);
        UserHistory history = bundle.catalogue().history(userId, histories.ofUser(userId));
        Optional<Variant> variant = running.flatMap(e -> e.assign(userId));
        RankingVariant ranking = variant.map(Variant::ranking).orElse(properties.serving().defaultVariant());
        ShopperProfile profile = profile(bundle, userId, usedPalette, preferences, history);
        List<RankedProduct> ranked = recommender.recommend(bundle, profile, history, ranking, limit, category);
        Algorithm served = bundle.served(ranking.algorithm());
        Optional<Recommendations.Arm> arm = variant.map(v -> new Recommendations.Arm(running.orElseThrow().id(), v.name()));
        return new Outcome(ranked, served, bundle.model(served).metadata().versionId(), arm);
    }

    ShopperProfile profile(ModelBundle bundle, String userId, Optional<UserPalette> palette,
                           Optional<ShoppingPreferences> preferences, UserHistory history) {
        Optional<PaletteMatcher> matcher = palette.map(p -> PaletteMatcher.of(p.toColourPalette()));
        List<NamedLab> favourites = preferences.map(p -> colourNames.resolveAll(p.favouriteColours())).orElse(List.of());
        List<NamedLab> disliked = preferences.map(p -> colourNames.resolveAll(p.dislikedColours())).orElse(List.of());
        var key = new ColourAffinityCache.Key(userId, palette.map(UserPalette::version).orElse(null),
                preferences.map(ShoppingPreferences::version).orElse(null), bundle.catalogue().colourKey());
        ColourAffinity affinity = colours.get(key, () -> ColourAffinity.compute(bundle.catalogue(), matcher,
                favourites.stream().map(NamedLab::lab).toList(), disliked.stream().map(NamedLab::lab).toList()));
        return bundle.content().profile(userId, palette, matcher, preferences, favourites, affinity, history);
    }
}
