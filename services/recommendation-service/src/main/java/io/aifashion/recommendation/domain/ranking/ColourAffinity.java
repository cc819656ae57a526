package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.space.Lab;
import java.util.List;
import java.util.Optional;

/**
 * How every product's colour relates to one shopper's colours, precomputed because it is the only
 * expensive part of content scoring: CIEDE2000 (Sharma, Wu and Dalal 2005) from each product to the
 * nearest palette colour, with the colour library's avoid penalty, and to the shopper's stated
 * favourite and disliked colours. Tens of thousands of ΔE00 evaluations per shopper are done once per
 * (palette, preferences, catalogue colours) and reused by every request until one of them changes.
 *
 * <p>All arrays are index-aligned with the {@link CatalogueSnapshot}; products with an unknown colour
 * get the mean of the known ones (mean imputation: they neither gain nor lose by it).
 *
 * @param palette   palette fit in [0, 1] ({@link PaletteMatcher}'s 0–100 score / 100), null without a palette
 * @param favourite closeness to the nearest favourite colour in [0, 1], null without favourites
 * @param disliked  nearness to the nearest disliked colour in [0, 1] (1 = the same colour), null without any
 */
public record ColourAffinity(long colourKey, float[] palette, float[] favourite, float[] disliked) {

    /** Same kernel as the palette score: a Gaussian in ΔE00 with σ = 12, where fabrics stop reading as one colour. */
    static final double SIGMA = 12.0;
    /** Same radius as the colour library's avoid penalty. */
    static final double DISLIKE_RADIUS = 10.0;

    public static ColourAffinity compute(CatalogueSnapshot catalogue, Optional<PaletteMatcher> matcher,
                                         List<Lab> favourites, List<Lab> disliked) {
        int n = catalogue.size();
        float[] palette = null;
        if (matcher.isPresent()) {
            double[] scores = new double[n];
            matcher.get().score(catalogue.labs(), scores, null);
            palette = new float[n];
            for (int i = 0; i < n; i++) {
                palette[i] = (float) (scores[i] / 100.0);
            }
            impute(catalogue, palette);
        }
        float[] fav = favourites.isEmpty() ? null : nearness(catalogue, favourites, false);
        float[] dis = disliked.isEmpty() ? null : nearness(catalogue, disliked, true);
        return new ColourAffinity(catalogue.colourKey(), palette, fav, dis);
    }

    private static float[] nearness(CatalogueSnapshot catalogue, List<Lab> colours, boolean penalty) {
        int n = catalogue.size();
        double[] labs = catalogue.labs();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            double d = nearestDeltaE(labs[3 * i], labs[3 * i + 1], labs[3 * i + 2], colours);
            out[i] = (float) (penalty ? Math.max(0, 1 - d / DISLIKE_RADIUS) : Math.exp(-d * d / (2 * SIGMA * SIGMA)));
        }
        impute(catalogue, out);
        return out;
    }

    static double nearestDeltaE(double l, double a, double b, List<Lab> colours) {
        double best = Double.POSITIVE_INFINITY;
        for (Lab c : colours) {
            best = Math.min(best, Ciede2000.deltaE(l, a, b, c.l(), c.a(), c.b()));
        }
        return best;
    }

    private static void impute(CatalogueSnapshot catalogue, float[] values) {
        double sum = 0;
        int known = 0;
        for (int i = 0; i < values.length; i++) {
            if (catalogue.colourKnown(i)) {
                sum += values[i];
                known++;
            }
        }
        float mean = known == 0 ? 0f : (float) (sum / known);
        for (int i = 0; i < values.length; i++) {
            if (!catalogue.colourKnown(i)) {
                values[i] = mean;
            }
        }
    }

    /** Memory held, for the cache's size bound. */
    public long bytes() {
        long b = 64;
        for (float[] a : new float[][] {palette, favourite, disliked}) {
            b += a == null ? 0 : 16L + 4L * a.length;
        }
        return b;
    }
}
