package io.aifashion.recommender.content;

/**
 * Scores a product against a {@link FeatureProfile} as a weighted sum of three fits in [0, 1]:
 * <ul>
 *   <li>category: the user's smoothed share of attention for the product's category;</li>
 *   <li>colour: {@code exp(−d/scale)} for the distance d to the nearest profile colour, so a colour
 *       close to any palette colour scores high;</li>
 *   <li>price: a Gaussian around the user's band, on log(price) relative to the category's typical
 *       price in the catalogue.</li>
 * </ul>
 */
public final class FeatureContentScorer implements ContentScorer<FeatureProfile> {

    private final ItemCatalog catalogue;
    private final ColourDistance distance;
    private final double colourScale;
    private final double categoryWeight;
    private final double colourWeight;
    private final double priceWeight;

    /**
     * @param colourScale distance at which the colour fit falls to 1/e (e.g. 20 ΔE on CIELAB)
     */
    public FeatureContentScorer(ItemCatalog catalogue, ColourDistance distance, double colourScale, double categoryWeight,
                                double colourWeight, double priceWeight) {
        if (!(colourScale > 0) || categoryWeight < 0 || colourWeight < 0 || priceWeight < 0
                || categoryWeight + colourWeight + priceWeight <= 0) {
            throw new IllegalArgumentException("scale must be positive and weights non-negative, not all zero");
        }
        this.catalogue = java.util.Objects.requireNonNull(catalogue, "catalogue");
        this.distance = java.util.Objects.requireNonNull(distance, "distance");
        this.colourScale = colourScale;
        this.categoryWeight = categoryWeight;
        this.colourWeight = colourWeight;
        this.priceWeight = priceWeight;
    }

    /** Euclidean distance with scale 20; weights category 1, colour 1, price 0.5. */
    public static FeatureContentScorer withDefaults(ItemCatalog catalogue) {
        return new FeatureContentScorer(catalogue, new EuclideanDistance(), 20, 1, 1, 0.5);
    }

    @Override
    public double score(FeatureProfile profile, ItemFeatures item) {
        return categoryWeight * categoryFit(profile, item) + colourWeight * colourFit(profile, item)
                + priceWeight * priceFit(profile, item);
    }

    @Override
    public String explain(FeatureProfile profile, ItemFeatures item) {
        double category = profile.evidence() == 0 ? 0 : categoryWeight * categoryFit(profile, item);
        double colour = profile.colours().isEmpty() ? 0 : colourWeight * colourFit(profile, item);
        double price = priceWeight * priceFit(profile, item);
        if (colour >= category && colour >= price && colour > 0) {
            return "Its colour suits your palette";
        }
        if (category >= price && category > 0) {
            return "From " + item.category() + ", a category you like";
        }
        return "In your usual price range";
    }

    /**
     * The same scores as {@link #score} for the whole catalogue, with per-call lookups hoisted out
     * of the item loop (category affinities by index, relative prices precomputed by the catalogue)
     * and, for Euclidean distance, squared distances compared before one square root per item.
     */
    @Override
    public void scoreInto(FeatureProfile profile, ItemCatalog items, float[] scores) {
        if (items != catalogue) {
            ContentScorer.super.scoreInto(profile, items, scores);
            return;
        }
        int n = items.size();
        java.util.List<String> categories = items.categories();
        double[] affinity = new double[categories.size()];
        for (int c = 0; c < affinity.length; c++) {
            affinity[c] = profile.affinityFor(categories.get(c));
        }
        java.util.List<FeatureVector> colours = profile.colours();
        boolean euclidean = distance instanceof EuclideanDistance;
        int dim = items.colourDimension();
        double[] palette = new double[colours.size() * dim];
        for (int p = 0; p < colours.size(); p++) {
            if (colours.get(p).dimension() != dim) {
                euclidean = false;
            }
            for (int k = 0; k < Math.min(dim, colours.get(p).dimension()); k++) {
                palette[p * dim + k] = colours.get(p).get(k);
            }
        }
        double centre = profile.logPriceCentre();
        double spread = profile.logPriceSpread();
        for (int i = 0; i < n; i++) {
            ItemFeatures item = items.features(i);
            double colour = 0;
            if (!colours.isEmpty()) {
                double nearest;
                if (euclidean) {
                    double best = Double.POSITIVE_INFINITY;
                    FeatureVector v = item.colour();
                    for (int p = 0; p < colours.size(); p++) {
                        double s = 0;
                        for (int k = 0; k < dim; k++) {
                            double d = palette[p * dim + k] - v.get(k);
                            s += d * d;
                        }
                        best = Math.min(best, s);
                    }
                    nearest = Math.sqrt(best);
                } else {
                    nearest = Double.POSITIVE_INFINITY;
                    for (FeatureVector c : colours) {
                        nearest = Math.min(nearest, distance.distance(c, item.colour()));
                    }
                }
                colour = Math.exp(-nearest / colourScale);
            }
            double z = (items.relativeLogPrice(i) - centre) / spread;
            scores[i] = (float) (categoryWeight * affinity[items.categoryIndex(i)] + colourWeight * colour
                    + priceWeight * Math.exp(-0.5 * z * z));
        }
    }

    public double categoryFit(FeatureProfile profile, ItemFeatures item) {
        return profile.affinityFor(item.category());
    }

    public double colourFit(FeatureProfile profile, ItemFeatures item) {
        double nearest = Double.POSITIVE_INFINITY;
        for (FeatureVector c : profile.colours()) {
            nearest = Math.min(nearest, distance.distance(c, item.colour()));
        }
        return nearest == Double.POSITIVE_INFINITY ? 0 : Math.exp(-nearest / colourScale);
    }

    public double priceFit(FeatureProfile profile, ItemFeatures item) {
        double typical = catalogue.categoryLogPrice(item.category());
        double relative = Double.isNaN(typical) ? 0 : Math.log(item.price()) - typical;
        double z = (relative - profile.logPriceCentre()) / profile.logPriceSpread();
        return Math.exp(-0.5 * z * z);
    }
}
