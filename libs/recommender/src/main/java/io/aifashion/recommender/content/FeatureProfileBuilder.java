package io.aifashion.recommender.content;

import io.aifashion.recommender.data.UserHistory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link FeatureProfile} from the features of the items in a user's history plus a known
 * colour palette (e.g. from a skin-tone analysis). Category shares are additively smoothed towards
 * uniform, so one click does not make a category the only one. The price band is estimated on
 * prices relative to each category's typical price and shrunk towards the catalogue's band while
 * the history is short.
 */
public final class FeatureProfileBuilder {

    private final ItemCatalog catalogue;
    private final double categoryPrior;
    private final int maxHistoryColours;

    /**
     * @param categoryPrior     pseudo-count spread uniformly over categories (≥ 0)
     * @param maxHistoryColours how many colours of the most-weighted history items join the palette
     */
    public FeatureProfileBuilder(ItemCatalog catalogue, double categoryPrior, int maxHistoryColours) {
        if (!(categoryPrior >= 0) || maxHistoryColours < 0) {
            throw new IllegalArgumentException("categoryPrior and maxHistoryColours must be >= 0");
        }
        this.catalogue = catalogue;
        this.categoryPrior = categoryPrior;
        this.maxHistoryColours = maxHistoryColours;
    }

    /** Prior 2, five history colours. */
    public FeatureProfileBuilder(ItemCatalog catalogue) {
        this(catalogue, 2, 5);
    }

    public FeatureProfile build(UserHistory history, List<FeatureVector> palette) {
        if (history.itemCount() != catalogue.size()) {
            throw new IllegalArgumentException("history refers to " + history.itemCount()
                    + " items, catalogue has " + catalogue.size());
        }
        List<String> categories = catalogue.categories();
        double[] counts = new double[categories.size()];
        int n = history.size();
        double sum = 0;
        double sumSq = 0;
        for (int h = 0; h < n; h++) {
            int item = history.item(h);
            counts[catalogue.categoryIndex(item)] += 1;
            double lp = catalogue.relativeLogPrice(item);
            sum += lp;
            sumSq += lp * lp;
        }
        Map<String, Double> affinity = new HashMap<>();
        double total = n + categoryPrior;
        for (int c = 0; c < counts.length; c++) {
            double share = total == 0 ? 1.0 / counts.length : (counts[c] + categoryPrior / counts.length) / total;
            affinity.put(categories.get(c), share);
        }
        double centre = 0;
        double spread = Math.max(catalogue.relativeLogPriceSd(), 0.1);
        if (n >= 2) {
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
            // shrink towards the catalogue band while evidence is thin
            double trust = n / (n + 3.0);
            centre = trust * mean + (1 - trust) * centre;
            spread = Math.max(0.15, trust * Math.max(sd, 0.15) + (1 - trust) * spread);
        }
        List<FeatureVector> colours = new ArrayList<>(palette);
        colours.addAll(historyColours(history));
        return new FeatureProfile(affinity, colours, centre, spread, n);
    }

    private List<FeatureVector> historyColours(UserHistory history) {
        int n = history.size();
        Integer[] order = new Integer[n];
        for (int h = 0; h < n; h++) {
            order[h] = h;
        }
        Arrays.sort(order, (a, b) -> Float.compare(history.weight(b), history.weight(a)));
        List<FeatureVector> out = new ArrayList<>();
        for (int k = 0; k < Math.min(n, maxHistoryColours); k++) {
            out.add(catalogue.features(history.item(order[k])).colour());
        }
        return out;
    }
}
