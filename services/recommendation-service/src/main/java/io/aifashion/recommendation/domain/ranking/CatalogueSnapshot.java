package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.space.Lab;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;
import io.aifashion.recommender.data.IdIndex;
import io.aifashion.recommender.data.UserHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, array-backed copy of the catalogue read model that ranking runs over: products in
 * id order (item {@code i} here is item {@code i} of every model trained with this snapshot's
 * index), their CIELAB colours packed for batch CIEDE2000, and the postings lists that filters and
 * preference matching need — so that one request touches arrays, not the database.
 */
public final class CatalogueSnapshot {

    /** Stand-in coordinates for a product whose colour is unknown (mid grey); its colour scores are imputed. */
    private static final double[] UNKNOWN_LAB = {50, 0, 0};

    private final long marker;
    private final Product[] products;
    private final ItemCatalog catalogue;
    private final double[] labs;
    private final BitSet colourKnown;
    private final BitSet outOfStock;
    private final Audience[] audience;
    private final double[] price;
    private final String[] currency;
    private final Map<String, int[]> categoryMembers;
    private final Map<String, int[]> tagMembers;
    private final BitSet footwear;
    private final BitSet apparel;
    private final long colourKey;

    private CatalogueSnapshot(long marker, Product[] products) {
        this.marker = marker;
        this.products = products;
        int n = products.length;
        this.labs = new double[3 * n];
        this.colourKnown = new BitSet(n);
        this.outOfStock = new BitSet(n);
        this.audience = new Audience[n];
        this.price = new double[n];
        this.currency = new String[n];
        this.footwear = new BitSet(n);
        this.apparel = new BitSet(n);
        Map<String, List<Integer>> categories = new HashMap<>();
        Map<String, List<Integer>> tags = new HashMap<>();
        long key = 1125899906842597L;
        for (int i = 0; i < n; i++) {
            Product p = products[i];
            double[] lab = p.primaryColour().labIfKnown().map(l -> new double[] {l.l(), l.a(), l.b()})
                    .orElse(UNKNOWN_LAB);
            System.arraycopy(lab, 0, labs, 3 * i, 3);
            colourKnown.set(i, p.primaryColour().known());
            outOfStock.set(i, !p.inStock());
            audience[i] = p.audience();
            price[i] = p.price() == null || p.price().signum() <= 0 ? Double.NaN : p.price().doubleValue();
            currency[i] = p.currency();
            String master = p.masterCategory() == null ? "" : Product.key(p.masterCategory());
            footwear.set(i, master.equals("footwear"));
            apparel.set(i, master.equals("apparel"));
            for (String k : p.categoryKeys()) {
                categories.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
            for (String t : styleTokens(p)) {
                tags.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
            }
            key = 31 * key + p.id().hashCode();
            for (double v : lab) {
                key = 31 * key + Double.hashCode(v);
            }
        }
        this.categoryMembers = postings(categories);
        this.tagMembers = postings(tags);
        this.colourKey = key;
        this.catalogue = ItemCatalog.of(features(products, price));
    }

    /**
     * @param marker the catalogue change marker the products were read at
     * @throws IllegalArgumentException if {@code products} is empty or an id repeats
     */
    public static CatalogueSnapshot of(Collection<Product> products, long marker) {
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a catalogue snapshot needs at least one product");
        }
        Product[] sorted = products.toArray(Product[]::new);
        Arrays.sort(sorted, Comparator.comparing(Product::id));
        return new CatalogueSnapshot(marker, sorted);
    }

    /**
     * The recommender's features. A product without a price gets the median price of its category
     * (else of the catalogue), a neutral choice that keeps it out of both price tails.
     */
    private static List<ItemFeatures> features(Product[] products, double[] price) {
        Map<String, List<Double>> byCategory = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (int i = 0; i < products.length; i++) {
            if (!Double.isNaN(price[i])) {
                byCategory.computeIfAbsent(products[i].category(), c -> new ArrayList<>()).add(price[i]);
                all.add(price[i]);
            }
        }
        double overall = all.isEmpty() ? 1.0 : median(all);
        List<ItemFeatures> features = new ArrayList<>(products.length);
        for (int i = 0; i < products.length; i++) {
            Product p = products[i];
            double value = price[i];
            if (Double.isNaN(value)) {
                List<Double> same = byCategory.get(p.category());
                value = same == null ? overall : median(same);
            }
            double[] lab = p.primaryColour().labIfKnown().map(l -> new double[] {l.l(), l.a(), l.b()})
                    .orElse(UNKNOWN_LAB);
            features.add(new ItemFeatures(p.id(), p.category(), FeatureVector.of(lab), value));
        }
        return features;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static Map<String, int[]> postings(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return Map.copyOf(out);
    }

    /**
     * Words a style tag can match: the product's usage (whole and word by word), season tags and the
     * words of its category path and name ("linen", "oversized", "formal", ...), lower-cased.
     */
    static Set<String> styleTokens(Product p) {
        Set<String> tokens = new java.util.HashSet<>();
        if (p.usage() != null && !p.usage().isBlank()) {
            tokens.add(Product.key(p.usage()));
        }
        for (String s : p.seasonTags()) {
            tokens.add(Product.key(s));
        }
        for (String text : new String[] {p.usage(), p.masterCategory(), p.subCategory(), p.articleType(), p.name()}) {
            if (text == null) {
                continue;
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
                if (word.length() >= 3) {
                    tokens.add(word);
                }
            }
        }
        return tokens;
    }

    public long marker() {
        return marker;
    }

    public int size() {
        return products.length;
    }

    public Product product(int item) {
        return products[item];
    }

    public ItemCatalog itemCatalog() {
        return catalogue;
    }

    public IdIndex items() {
        return catalogue.items();
    }

    /** Index of the product, if it is in this snapshot. */
    public Optional<Integer> indexOf(String productId) {
        int i = catalogue.items().indexOf(productId);
        return i < 0 ? Optional.empty() : Optional.of(i);
    }

    /** L*, a*, b* triples of every product (mid grey where unknown). */
    double[] labs() {
        return labs;
    }

    public Lab lab(int item) {
        return new Lab(labs[3 * item], labs[3 * item + 1], labs[3 * item + 2]);
    }

    public boolean colourKnown(int item) {
        return colourKnown.get(item);
    }

    public boolean inStock(int item) {
        return !outOfStock.get(item);
    }

    public Audience audience(int item) {
        return audience[item];
    }

    /** The price, NaN if unknown. */
    public double price(int item) {
        return price[item];
    }

    public String currency(int item) {
        return currency[item];
    }

    public boolean footwear(int item) {
        return footwear.get(item);
    }

    public boolean apparel(int item) {
        return apparel.get(item);
    }

    /** Out-of-stock products, which are never recommended. */
    public BitSet outOfStock() {
        return (BitSet) outOfStock.clone();
    }

    /** Products whose master, sub-category or article type is {@code category} (any case); empty if none. */
    public int[] inCategory(String category) {
        return categoryMembers.getOrDefault(Product.key(category), new int[0]);
    }

    public boolean hasCategory(String category) {
        return categoryMembers.containsKey(Product.key(category));
    }

    /** Products matching a style word. */
    public int[] withStyle(String tag) {
        return tagMembers.getOrDefault(Product.key(tag), new int[0]);
    }

    /**
     * Identifies the ids and colours of this snapshot: per-user colour affinities computed for one
     * snapshot stay valid for another with the same key (a stock or price change keeps it).
     */
    public long colourKey() {
        return colourKey;
    }

    /** Whether models trained over {@code other}'s item index can serve this snapshot. */
    public boolean sameItems(CatalogueSnapshot other) {
        return catalogue.items().equals(other.catalogue.items());
    }

    /**
     * The user's history in this snapshot's item space, aggregated as the recommender library
     * aggregates training data: a positive summed weight is interest, anything else a dislike, and
     * purchases are remembered. Products no longer in the catalogue are skipped.
     */
    public UserHistory history(String userId, Collection<ItemState> states) {
        List<ItemState> known = new ArrayList<>(states.size());
        for (ItemState s : states) {
            if (catalogue.items().indexOf(s.productId()) >= 0) {
                known.add(s);
            }
        }
        known.sort(Comparator.comparingInt(s -> catalogue.items().indexOf(s.productId())));
        int[] items = new int[known.size()];
        float[] weights = new float[known.size()];
        int[] disliked = new int[known.size()];
        int[] purchased = new int[known.size()];
        int p = 0;
        int d = 0;
        int b = 0;
        for (ItemState s : known) {
            int i = catalogue.items().indexOf(s.productId());
            if (s.positive()) {
                items[p] = i;
                weights[p++] = (float) s.weight();
            } else {
                disliked[d++] = i;
            }
            if (s.purchased()) {
                purchased[b++] = i;
            }
        }
        return UserHistory.of(userId, size(), Arrays.copyOf(items, p), Arrays.copyOf(weights, p),
                Arrays.copyOf(disliked, d), Arrays.copyOf(purchased, b));
    }
}
