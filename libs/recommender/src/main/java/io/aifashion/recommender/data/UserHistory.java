package io.aifashion.recommender.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about one user at ranking time, in the item index space of a model: positive items
 * with their aggregated weights, disliked items and bought items. All models score from a history
 * rather than from a user index, so a user who interacted after the model was trained (or was never
 * in the training data) is ranked with everything known about them right now.
 */
public final class UserHistory {

    private final String userId;
    private final int itemCount;
    private final int[] items;
    private final float[] weights;
    private final int[] disliked;
    private final int[] purchased;

    private UserHistory(String userId, int itemCount, int[] items, float[] weights, int[] disliked, int[] purchased) {
        this.userId = userId;
        this.itemCount = itemCount;
        this.items = items;
        this.weights = weights;
        this.disliked = disliked;
        this.purchased = purchased;
    }

    /**
     * @param userId    external user id, or null for an anonymous visitor
     * @param itemCount size of the item universe the indices refer to
     * @param items     positive items, strictly increasing
     * @param weights   positive weights aligned with {@code items}
     * @param disliked  disliked items (any order, duplicates allowed)
     * @param purchased bought items (any order, duplicates allowed)
     */
    public static UserHistory of(String userId, int itemCount, int[] items, float[] weights, int[] disliked, int[] purchased) {
        if (items.length != weights.length) {
            throw new IllegalArgumentException("items and weights differ in length");
        }
        int previous = -1;
        for (int k = 0; k < items.length; k++) {
            if (items[k] <= previous || items[k] >= itemCount) {
                throw new IllegalArgumentException("items must be strictly increasing indices below " + itemCount);
            }
            if (!(weights[k] > 0) || Float.isInfinite(weights[k])) {
                throw new IllegalArgumentException("positive weights must be finite and > 0, item " + items[k] + " has " + weights[k]);
            }
            previous = items[k];
        }
        return new UserHistory(userId, itemCount, items.clone(), weights.clone(),
                sortedDistinct(disliked, itemCount), sortedDistinct(purchased, itemCount));
    }

    public static UserHistory empty(String userId, int itemCount) {
        return new UserHistory(userId, itemCount, new int[0], new float[0], new int[0], new int[0]);
    }

    /** Builds a history from events on external item ids, aggregated like {@link InteractionMatrix}. */
    public static Builder builder(String userId, IdIndex items) {
        return new Builder(userId, items);
    }

    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    public int itemCount() {
        return itemCount;
    }

    /** Number of distinct positive items: how much is known about this user's taste. */
    public int size() {
        return items.length;
    }

    public boolean isEmpty() {
        return items.length == 0;
    }

    public int item(int k) {
        return items[k];
    }

    public float weight(int k) {
        return weights[k];
    }

    public boolean contains(int item) {
        return Arrays.binarySearch(items, item) >= 0;
    }

    public boolean isDisliked(int item) {
        return Arrays.binarySearch(disliked, item) >= 0;
    }

    public boolean isPurchased(int item) {
        return Arrays.binarySearch(purchased, item) >= 0;
    }

    public int[] items() {
        return items.clone();
    }

    public int[] disliked() {
        return disliked.clone();
    }

    public int[] purchased() {
        return purchased.clone();
    }

    private static int[] sortedDistinct(int[] values, int itemCount) {
        int[] s = values.clone();
        Arrays.sort(s);
        int n = 0;
        for (int k = 0; k < s.length; k++) {
            if (s[k] < 0 || s[k] >= itemCount) {
                throw new IllegalArgumentException("item index " + s[k] + " outside [0, " + itemCount + ")");
            }
            if (n == 0 || s[n - 1] != s[k]) {
                s[n++] = s[k];
            }
        }
        return Arrays.copyOf(s, n);
    }

    /**
     * Collects a user's events by external item id. Events on items the index does not know (e.g.
     * products deleted since the model was trained) are skipped and listed by {@link #unknownItemIds()}.
     */
    public static final class Builder {
        private final String userId;
        private final IdIndex index;
        private final Map<Integer, double[]> sums = new HashMap<>();
        private final Set<Integer> purchased = new HashSet<>();
        private final List<String> unknown = new ArrayList<>();

        private Builder(String userId, IdIndex index) {
            this.userId = userId;
            this.index = index;
        }

        public Builder add(String itemId, EventType type, EventWeights weights) {
            int item = index.indexOf(itemId);
            if (item < 0) {
                unknown.add(itemId);
                return this;
            }
            accumulate(item, weights.weightOf(type));
            if (type == EventType.PURCHASE) {
                purchased.add(item);
            }
            return this;
        }

        /** Adds a raw implicit weight (negative for a dislike). */
        public Builder add(String itemId, double weight) {
            if (weight == 0 || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("weight must be finite and non-zero, was " + weight);
            }
            int item = index.indexOf(itemId);
            if (item < 0) {
                unknown.add(itemId);
                return this;
            }
            accumulate(item, weight);
            return this;
        }

        private void accumulate(int item, double weight) {
            double[] s = sums.computeIfAbsent(item, k -> new double[2]);
            s[0] += weight;
            if (weight < 0) {
                s[1] = 1;
            }
        }

        public List<String> unknownItemIds() {
            return List.copyOf(unknown);
        }

        public UserHistory build() {
            int[] keys = sums.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] pos = new int[keys.length];
            float[] w = new float[keys.length];
            int[] neg = new int[keys.length];
            int p = 0;
            int n = 0;
            for (int item : keys) {
                double[] s = sums.get(item);
                if (s[0] > 0) {
                    pos[p] = item;
                    w[p++] = (float) s[0];
                } else {
                    neg[n++] = item;
                }
            }
            int[] bought = purchased.stream().mapToInt(Integer::intValue).toArray();
            return UserHistory.of(userId, index.size(), Arrays.copyOf(pos, p), Arrays.copyOf(w, p), Arrays.copyOf(neg, n), bought);
        }
    }
}
