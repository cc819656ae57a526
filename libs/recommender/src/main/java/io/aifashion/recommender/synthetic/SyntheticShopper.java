package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.content.FeatureVector;

import java.util.List;

/**
 * A simulated shopper's hidden and observable traits.
 *
 * @param palette             colours that suit them — what a skin-tone analysis would provide, so the
 *                            content side may know it
 * @param preferredCategories categories they shop most
 * @param priceTier           preferred price level relative to each category's typical price (log scale)
 * @param styles              hidden style clusters they like; not in any product feature, learnable only
 *                            collaboratively
 */
public record SyntheticShopper(String userId, PaletteFamily season, List<FeatureVector> palette,
                               List<String> preferredCategories, double priceTier, List<Integer> styles) {

    public SyntheticShopper {
        palette = List.copyOf(palette);
        preferredCategories = List.copyOf(preferredCategories);
        styles = List.copyOf(styles);
    }
}
