package io.aifashion.recommender.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A user's content profile.
 *
 * @param categoryAffinity share of the user's attention per category (smoothed; sums to ≤ 1)
 * @param colours          colours the user is drawn to: their known palette and colours of items they liked
 * @param logPriceCentre   centre of the user's price band, in log(price) relative to the category's typical
 *                         price (0 = typical, +0.4 ≈ 50% dearer)
 * @param logPriceSpread   width of the band (standard deviation of that relative log price), > 0
 * @param evidence         number of history items the profile was built from (0 = palette only)
 */
public record FeatureProfile(Map<String, Double> categoryAffinity, List<FeatureVector> colours,
                             double logPriceCentre, double logPriceSpread, int evidence) {

    public FeatureProfile {
        categoryAffinity = Map.copyOf(Objects.requireNonNull(categoryAffinity, "categoryAffinity"));
        colours = List.copyOf(colours);
        if (!Double.isFinite(logPriceCentre) || !(logPriceSpread > 0) || Double.isInfinite(logPriceSpread)) {
            throw new IllegalArgumentException("price band must be finite with a positive spread");
        }
        if (evidence < 0) {
            throw new IllegalArgumentException("evidence must be >= 0");
        }
    }

    public double affinityFor(String category) {
        return categoryAffinity.getOrDefault(category, 0.0);
    }
}
