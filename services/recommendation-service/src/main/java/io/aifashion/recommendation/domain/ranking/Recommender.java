package io.aifashion.recommendation.domain.ranking;

import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.ranking.Reason.CollaborativeReason;
import io.aifashion.recommendation.domain.ranking.Reason.PaletteReason;
import io.aifashion.recommendation.domain.ranking.Reason.TrendingReason;
import io.aifashion.recommendation.domain.shopper.Gender;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.hybrid.RecommendationRequest;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.Recommendation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the catalogue for one shopper: the recommender library's hybrid (collaborative and content
 * blended by how much is known about the shopper and the product, then MMR-diversified), over the
 * products the shopper can buy — in stock, for their stated gender, in the asked category, not
 * bought, not disliked, not already in their history — and explains every pick in the shopper's
 * terms, naming products rather than ids.
 */
public final class Recommender {

    /** At most this many reasons per product: the decisive one and, if it was not the palette, the palette. */
    static final int MAX_REASONS = 3;

    /**
     * @param category a category name (any level, any case) or null for all
     */
    public List<RankedProduct> recommend(ModelBundle bundle, ShopperProfile profile, UserHistory history,
                                         RankingVariant variant, int count, String category) {
        CatalogueSnapshot catalogue = bundle.catalogue();
        if (profile.catalogue() != catalogue) {
            throw new IllegalArgumentException("the profile was built for another catalogue snapshot");
        }
        ItemFilter filter = availability(catalogue, profile.gender(), category);
        List<Recommendation> picks = bundle.ranker(variant)
                .recommend(RecommendationRequest.of(history, profile, count).withFilter(filter));
        List<RankedProduct> out = new ArrayList<>(picks.size());
        for (Recommendation r : picks) {
            int item = catalogue.indexOf(r.itemId()).orElseThrow();
            out.add(new RankedProduct(catalogue.product(item), r.score(),
                    reasons(bundle, profile, item, r.explanation())));
        }
        return out;
    }

    /** Products a shopper may be shown: in stock, for their gender, and in the category if one is asked for. */
    static ItemFilter availability(CatalogueSnapshot catalogue, Optional<Gender> gender, String category) {
        BitSet excluded = catalogue.outOfStock();
        if (gender.isPresent()) {
            for (int i = 0; i < catalogue.size(); i++) {
                if (!gender.get().shops(catalogue.audience(i))) {
                    excluded.set(i);
                }
            }
        }
        if (category != null) {
            BitSet in = new BitSet(catalogue.size());
            for (int i : catalogue.inCategory(category)) {
                in.set(i);
            }
            in.flip(0, catalogue.size());
            excluded.or(in);
        }
        return ItemFilter.of(excluded);
    }

    private List<Reason> reasons(ModelBundle bundle, ShopperProfile profile, int item, Explanation why) {
        CatalogueSnapshot catalogue = bundle.catalogue();
        ShopperContentScorer content = bundle.content();
        List<Reason> reasons = new ArrayList<>(MAX_REASONS);
        switch (why.signal()) {
            case ITEM_NEIGHBOURS -> reasons.add(collaborative(catalogue, "people-also-liked", why,
                    "People who liked %s also liked this", "People with your taste liked this"));
            case ITEM_TO_ITEM -> reasons.add(collaborative(catalogue, "because-you-liked", why,
                    "Because you liked %s", "Because of what you liked"));
            case LATENT_TASTE -> reasons.add(collaborative(catalogue, "similar-taste", why,
                    "Shoppers with your taste chose this; it goes with %s", "Shoppers with your taste chose this"));
            case POPULARITY -> {
                int shoppers = bundle.model(Algorithm.POPULARITY).itemSupport(item);
                reasons.add(new TrendingReason(shoppers, shoppers == 0 ? "New in the catalogue"
                        : "Popular with " + shoppers + (shoppers == 1 ? " shopper" : " shoppers")));
            }
            case CONTENT -> reasons.addAll(content.reasons(profile, item));
        }
        boolean hasPalette = reasons.stream().anyMatch(r -> r instanceof PaletteReason);
        if (!hasPalette && content.paletteFit(profile, item) > content.meanPaletteFit(profile)) {
            content.paletteReasonIfAny(profile, item).ifPresent(reasons::add);
        }
        return reasons.size() > MAX_REASONS ? List.copyOf(reasons.subList(0, MAX_REASONS)) : reasons;
    }

    private static Reason collaborative(CatalogueSnapshot catalogue, String basis, Explanation why, String withName,
                                        String without) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String id : why.relatedItemIds()) {
            catalogue.indexOf(id).ifPresent(i -> {
                Product p = catalogue.product(i);
                ids.add(p.id());
                names.add(p.name());
            });
        }
        String text = names.isEmpty() ? without : String.format(withName, names.getFirst());
        return new CollaborativeReason(basis, ids, names, text);
    }
}
