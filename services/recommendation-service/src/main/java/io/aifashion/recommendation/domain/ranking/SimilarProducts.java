package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.difference.Ciede2000;
import io.aifashion.color.space.Lab;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.ranking.Reason.CollaborativeReason;
import io.aifashion.recommendation.domain.ranking.Reason.SimilarityReason;
import io.aifashion.recommender.data.SparseRows;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.ItemKnnModel;
import io.aifashion.recommender.ranking.TopNSelection;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * "More like this" for one product, for anyone (no shopper needed):
 * <pre>
 *   similar(i, j) = 0.6 · knn(i, j) / max_j knn(i, j) + 0.4 · content(i, j)     (when i has neighbours)
 *                 = content(i, j)                                              (otherwise)
 *   content(i, j) = 0.45·[same article type] + 0.15·[same sub-category] + 0.4·exp(−ΔE*ab/20)
 * </pre>
 * where knn is the item-kNN cosine (Sarwar et al. 2001) — what shoppers who liked i also liked —
 * and the colour term uses the Euclidean CIELAB distance for speed over the whole catalogue (the
 * ΔE shown to the shopper is CIEDE2000). Only products for a compatible audience (same line or
 * unisex) and in stock are candidates.
 */
public final class SimilarProducts {

    static final double COLLABORATIVE = 0.6;
    static final double SAME_TYPE = 0.45;
    static final double SAME_SUB = 0.15;
    static final double COLOUR = 0.4;
    static final double COLOUR_SCALE = 20;

    public List<RankedProduct> similar(ModelBundle bundle, int item, int count) {
        CatalogueSnapshot catalogue = bundle.catalogue();
        int n = catalogue.size();
        Product source = catalogue.product(item);
        float[] knn = new float[n];
        double maxKnn = neighbours(bundle, item, knn);
        float[] score = new float[n];
        Lab sourceLab = catalogue.lab(item);
        for (int j = 0; j < n; j++) {
            double content = contentSimilarity(catalogue, source, sourceLab, item, j);
            score[j] = (float) (maxKnn > 0 ? COLLABORATIVE * knn[j] / maxKnn + (1 - COLLABORATIVE) * content : content);
        }
        BitSet excluded = catalogue.outOfStock();
        excluded.set(item);
        for (int j = 0; j < n; j++) {
            if (!compatible(source.audience(), catalogue.audience(j))) {
                excluded.set(j);
            }
        }
        int[] top = TopNSelection.select(score, count, excluded::get);
        List<RankedProduct> out = new ArrayList<>(top.length);
        for (int j : top) {
            double knnPart = maxKnn > 0 ? COLLABORATIVE * knn[j] / maxKnn : 0;
            out.add(new RankedProduct(catalogue.product(j), score[j],
                    List.of(reason(catalogue, source, item, j, knnPart > score[j] - knnPart))));
        }
        return out;
    }

    /** Item-kNN similarities of the source's kept neighbours into {@code knn}; returns the largest. */
    private static double neighbours(ModelBundle bundle, int item, float[] knn) {
        if (!bundle.models().containsKey(Algorithm.ITEM_KNN)) {
            return 0;
        }
        CollaborativeModel model = bundle.model(Algorithm.ITEM_KNN);
        if (!(model instanceof ItemKnnModel itemKnn)) {
            return 0;
        }
        SparseRows rows = itemKnn.neighbours();
        double max = 0;
        for (int k = rows.start(item); k < rows.end(item); k++) {
            float v = rows.value(k);
            if (v > 0) {
                knn[rows.index(k)] = v;
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static double contentSimilarity(CatalogueSnapshot catalogue, Product source, Lab sourceLab, int i, int j) {
        Product other = catalogue.product(j);
        double s = 0;
        if (same(source.articleType(), other.articleType())) {
            s += SAME_TYPE;
        }
        if (same(source.subCategory(), other.subCategory())) {
            s += SAME_SUB;
        }
        if (catalogue.colourKnown(i) && catalogue.colourKnown(j)) {
            Lab lab = catalogue.lab(j);
            double dl = lab.l() - sourceLab.l();
            double da = lab.a() - sourceLab.a();
            double db = lab.b() - sourceLab.b();
            s += COLOUR * Math.exp(-Math.sqrt(dl * dl + da * da + db * db) / COLOUR_SCALE);
        }
        return s;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    static boolean compatible(Audience a, Audience b) {
        return a == b || a == Audience.UNISEX || b == Audience.UNISEX || a == Audience.OTHER || b == Audience.OTHER;
    }

    private static Reason reason(CatalogueSnapshot catalogue, Product source, int i, int j, boolean collaborative) {
        if (collaborative) {
            return new CollaborativeReason("people-also-liked", List.of(source.id()), List.of(source.name()),
                    "People who liked " + source.name() + " also liked this");
        }
        Product other = catalogue.product(j);
        String sameCategory = same(source.articleType(), other.articleType()) ? other.articleType()
                : same(source.subCategory(), other.subCategory()) ? other.subCategory() : null;
        Double deltaE = null;
        if (catalogue.colourKnown(i) && catalogue.colourKnown(j)) {
            deltaE = Math.round(Ciede2000.deltaE(catalogue.lab(i), catalogue.lab(j)) * 10) / 10.0;
        }
        String text;
        if (sameCategory != null && deltaE != null && deltaE < 15) {
            text = String.format(Locale.ROOT, "Also %s, in a similar colour (ΔE %.1f)", sameCategory, deltaE);
        } else if (sameCategory != null) {
            text = "Also " + sameCategory;
        } else if (deltaE != null) {
            text = String.format(Locale.ROOT, "In a similar colour (ΔE %.1f)", deltaE);
        } else {
            text = "From a related part of the catalogue";
        }
        return new SimilarityReason(sameCategory, deltaE, text);
    }
}
