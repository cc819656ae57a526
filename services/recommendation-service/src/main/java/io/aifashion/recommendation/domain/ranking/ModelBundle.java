package io.aifashion.recommendation.domain.ranking;

import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.hybrid.CategoryColourSimilarity;
import io.aifashion.recommender.hybrid.HybridRanker;
import io.aifashion.recommender.hybrid.MmrDiversifier;
import io.aifashion.recommender.content.EuclideanDistance;
import io.aifashion.recommender.model.CollaborativeModel;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What serving needs, trained together and swapped in as one: a catalogue snapshot, the
 * collaborative models trained over exactly its item index, and the trending list. Immutable (the
 * rankers it hands out are memoised, and themselves immutable), so a request that picked up a
 * bundle ranks with a consistent catalogue and models while the next bundle is being trained.
 */
public final class ModelBundle {

    /** Item similarity for MMR: 60 % "same category", 40 % colour closeness exp(−ΔE*ab/20). */
    static final double DIVERSITY_CATEGORY_WEIGHT = 0.6;
    static final double DIVERSITY_COLOUR_SCALE = 20;
    /** MMR considers five candidates per slot. */
    static final int DIVERSITY_POOL_FACTOR = 5;

    private final CatalogueSnapshot catalogue;
    private final Map<Algorithm, CollaborativeModel> models;
    private final TrendingList trending;
    private final long logPosition;
    private final Instant trainedAt;
    private final BlendPolicy blend;
    private final ShopperContentScorer content;
    private final ConcurrentMap<RankingVariant, HybridRanker<ShopperProfile>> rankers = new ConcurrentHashMap<>();

    /**
     * @param models      must contain {@link Algorithm#POPULARITY}; every model indexes {@code catalogue}'s items
     * @param logPosition the interaction-log position the models were trained through
     */
    public ModelBundle(CatalogueSnapshot catalogue, Map<Algorithm, CollaborativeModel> models, TrendingList trending,
                       long logPosition, Instant trainedAt, BlendPolicy blend) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.models = new EnumMap<>(models);
        this.trending = Objects.requireNonNull(trending, "trending");
        this.logPosition = logPosition;
        this.trainedAt = Objects.requireNonNull(trainedAt, "trainedAt");
        this.blend = Objects.requireNonNull(blend, "blend");
        if (!this.models.containsKey(Algorithm.POPULARITY)) {
            throw new IllegalArgumentException("a bundle always carries the popularity model");
        }
        this.models.forEach((a, m) -> {
            if (!m.items().equals(catalogue.items())) {
                throw new IllegalArgumentException(a.label() + " was trained over another item index");
            }
        });
        this.content = new ShopperContentScorer(catalogue);
    }

    /** The same models over a refreshed catalogue with the same products (stock, price, names changed). */
    public ModelBundle withCatalogue(CatalogueSnapshot refreshed, TrendingList refreshedTrending) {
        if (!refreshed.sameItems(catalogue)) {
            throw new IllegalArgumentException("the models need retraining for a catalogue with other products");
        }
        return new ModelBundle(refreshed, models, refreshedTrending, logPosition, trainedAt, blend);
    }

    public CatalogueSnapshot catalogue() {
        return catalogue;
    }

    public TrendingList trending() {
        return trending;
    }

    public long logPosition() {
        return logPosition;
    }

    public Instant trainedAt() {
        return trainedAt;
    }

    public ShopperContentScorer content() {
        return content;
    }

    public Map<Algorithm, CollaborativeModel> models() {
        return Map.copyOf(models);
    }

    /** The algorithm actually served for a request: the one asked for if trained, else item-kNN, else popularity. */
    public Algorithm served(Algorithm requested) {
        if (models.containsKey(requested)) {
            return requested;
        }
        return models.containsKey(Algorithm.ITEM_KNN) ? Algorithm.ITEM_KNN : Algorithm.POPULARITY;
    }

    public CollaborativeModel model(Algorithm requested) {
        return models.get(served(requested));
    }

    /** The hybrid ranker for a variant (built once per bundle and variant). */
    public HybridRanker<ShopperProfile> ranker(RankingVariant variant) {
        RankingVariant effective = new RankingVariant(served(variant.algorithm()), variant.diversity());
        return rankers.computeIfAbsent(effective, v -> {
            HybridRanker<ShopperProfile> ranker = new HybridRanker<>(models.get(v.algorithm()),
                    catalogue.itemCatalog(), content, blend);
            if (v.diversity() < 1) {
                ranker = ranker.withDiversification(new MmrDiversifier(new CategoryColourSimilarity(
                        catalogue.itemCatalog(), new EuclideanDistance(), DIVERSITY_COLOUR_SCALE,
                        DIVERSITY_CATEGORY_WEIGHT), v.diversity(), DIVERSITY_POOL_FACTOR));
            }
            return ranker;
        });
    }
}
