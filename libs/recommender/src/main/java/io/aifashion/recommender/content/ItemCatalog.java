package io.aifashion.recommender.content;

import io.aifashion.recommender.data.IdIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The products with their features, indexed like the models: item {@code i} of the catalogue is
 * item {@code i} of a model trained on a log built with {@code InteractionLog.builder(catalog.items())}.
 * New products with no interactions are part of the catalogue and are reached by content scores.
 */
public final class ItemCatalog {

    private final IdIndex items;
    private final ItemFeatures[] features;
    private final List<String> categories;
    private final int[] categoryOf;
    private final int colourDimension;
    private final Map<String, Integer> categoryPositions;
    private final double[] categoryLogPrice;
    private final double relativeLogPriceSd;
    private final double[] relativeLogPrice;

    private ItemCatalog(IdIndex items, ItemFeatures[] features, List<String> categories, int[] categoryOf,
                        int colourDimension) {
        this.items = items;
        this.features = features;
        this.categories = categories;
        this.categoryOf = categoryOf;
        this.colourDimension = colourDimension;
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int c = 0; c < categories.size(); c++) {
            index.put(categories.get(c), c);
        }
        this.categoryPositions = Map.copyOf(index);
        this.categoryLogPrice = new double[categories.size()];
        int[] counts = new int[categories.size()];
        for (int i = 0; i < features.length; i++) {
            categoryLogPrice[categoryOf[i]] += Math.log(features[i].price());
            counts[categoryOf[i]]++;
        }
        for (int c = 0; c < counts.length; c++) {
            categoryLogPrice[c] /= counts[c];
        }
        this.relativeLogPrice = new double[features.length];
        double ss = 0;
        for (int i = 0; i < features.length; i++) {
            double d = Math.log(features[i].price()) - categoryLogPrice[categoryOf[i]];
            relativeLogPrice[i] = d;
            ss += d * d;
        }
        this.relativeLogPriceSd = Math.sqrt(ss / features.length);
    }

    /**
     * @throws IllegalArgumentException if empty, an id repeats, or colours differ in dimension
     */
    public static ItemCatalog of(List<ItemFeatures> products) {
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one product");
        }
        IdIndex.Builder ids = IdIndex.builder();
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        ItemFeatures[] features = new ItemFeatures[products.size()];
        int[] categoryOf = new int[products.size()];
        int dimension = products.get(0).colour().dimension();
        for (ItemFeatures p : products) {
            if (ids.contains(p.itemId())) {
                throw new IllegalArgumentException("duplicate product id '" + p.itemId() + "'");
            }
            if (p.colour().dimension() != dimension) {
                throw new IllegalArgumentException("product " + p.itemId() + " has a " + p.colour().dimension()
                        + "-dimensional colour, expected " + dimension);
            }
            int i = ids.add(p.itemId());
            features[i] = p;
            categoryOf[i] = categoryIndex.computeIfAbsent(p.category(), c -> categoryIndex.size());
        }
        return new ItemCatalog(ids.build(), features, List.copyOf(new ArrayList<>(categoryIndex.keySet())), categoryOf,
                dimension);
    }

    public IdIndex items() {
        return items;
    }

    public int size() {
        return features.length;
    }

    public ItemFeatures features(int item) {
        return features[item];
    }

    /** Distinct categories in order of first appearance. */
    public List<String> categories() {
        return categories;
    }

    public int categoryIndex(int item) {
        return categoryOf[item];
    }

    public int colourDimension() {
        return colourDimension;
    }

    /**
     * How expensive the item is for its category: {@code log(price) − mean log(price) of the
     * category}. A shopper's price level shows across categories (a premium shopper buys premium
     * T-shirts and premium coats), which absolute prices hide.
     */
    public double relativeLogPrice(int item) {
        return relativeLogPrice[item];
    }

    /** Spread of {@link #relativeLogPrice(int)} over the catalogue: the price prior for new users. */
    public double relativeLogPriceSd() {
        return relativeLogPriceSd;
    }

    /** Mean log(price) of a category, or NaN if the catalogue has none of it. */
    public double categoryLogPrice(String category) {
        Integer c = categoryPositions.get(category);
        return c == null ? Double.NaN : categoryLogPrice[c];
    }
}
