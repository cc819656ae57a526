package io.aifashion.recommender.hybrid;

import io.aifashion.recommender.content.ColourDistance;
import io.aifashion.recommender.content.ItemCatalog;

/**
 * Item similarity for diversification: a weighted mix of "same category" and colour closeness
 * {@code exp(−d/scale)}, so a list of five near-identical navy dresses counts as redundant while a
 * navy dress and a camel coat do not.
 */
public final class CategoryColourSimilarity implements ItemSimilarity {

    private final ItemCatalog catalogue;
    private final ColourDistance distance;
    private final double colourScale;
    private final double categoryWeight;

    /**
     * @param colourScale    distance at which colour similarity falls to 1/e
     * @param categoryWeight weight of the category term in [0, 1]; colour gets the rest
     */
    public CategoryColourSimilarity(ItemCatalog catalogue, ColourDistance distance, double colourScale, double categoryWeight) {
        if (!(colourScale > 0) || !(categoryWeight >= 0 && categoryWeight <= 1)) {
            throw new IllegalArgumentException("colourScale must be > 0 and categoryWeight in [0, 1]");
        }
        this.catalogue = catalogue;
        this.distance = distance;
        this.colourScale = colourScale;
        this.categoryWeight = categoryWeight;
    }

    @Override
    public double similarity(int a, int b) {
        double category = catalogue.categoryIndex(a) == catalogue.categoryIndex(b) ? 1 : 0;
        double d = distance.distance(catalogue.features(a).colour(), catalogue.features(b).colour());
        return categoryWeight * category + (1 - categoryWeight) * Math.exp(-d / colourScale);
    }
}
