package io.aifashion.recommendation.domain.ranking;

import io.aifashion.recommendation.domain.interaction.ItemState;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * What is popular now: each shopper whose interest in a product is positive counts with a weight
 * halving every {@code halfLife} since their latest interaction with it (exponential time decay, the
 * usual trending heuristic: recent interest counts more than old). The reason shown is the number
 * of shoppers within the {@code window}. When nobody has interacted yet, the newest products lead,
 * marked as new.
 */
public final class TrendingList {

    private final int[] order;
    private final float[] score;
    private final int[] recentShoppers;
    private final boolean fromActivity;

    private TrendingList(int[] order, float[] score, int[] recentShoppers, boolean fromActivity) {
        this.order = order;
        this.score = score;
        this.recentShoppers = recentShoppers;
        this.fromActivity = fromActivity;
    }

    public static Builder builder(CatalogueSnapshot catalogue, Instant now, Duration halfLife, Duration window) {
        return new Builder(catalogue, now, halfLife, window);
    }

    /** Products best first (products with no recent activity last, newest first among them). */
    public int[] order() {
        return order.clone();
    }

    public int size() {
        return order.length;
    }

    public int at(int rank) {
        return order[rank];
    }

    public double score(int item) {
        return score[item];
    }

    /** Shoppers with positive interest in the product within the window. */
    public int recentShoppers(int item) {
        return recentShoppers[item];
    }

    /** False when there was no activity at all and the list is simply the newest products. */
    public boolean fromActivity() {
        return fromActivity;
    }

    /** Accumulates item states; not thread-safe. */
    public static final class Builder {
        private final CatalogueSnapshot catalogue;
        private final Instant now;
        private final double halfLifeSeconds;
        private final Instant windowStart;
        private final double[] score;
        private final int[] recent;
        private boolean any;

        private Builder(CatalogueSnapshot catalogue, Instant now, Duration halfLife, Duration window) {
            if (halfLife.isNegative() || halfLife.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("half-life must be positive and the window not negative");
            }
            this.catalogue = catalogue;
            this.now = now;
            this.halfLifeSeconds = halfLife.toSeconds();
            this.windowStart = now.minus(window);
            this.score = new double[catalogue.size()];
            this.recent = new int[catalogue.size()];
        }

        public Builder add(ItemState state) {
            if (!state.positive()) {
                return this;
            }
            int item = catalogue.items().indexOf(state.productId());
            if (item < 0) {
                return this;
            }
            double age = Math.max(0, Duration.between(state.lastAt(), now).toSeconds());
            score[item] += Math.pow(2, -age / halfLifeSeconds);
            if (!state.lastAt().isBefore(windowStart)) {
                recent[item]++;
            }
            any = true;
            return this;
        }

        public TrendingList build() {
            int n = catalogue.size();
            float[] s = new float[n];
            for (int i = 0; i < n; i++) {
                s[i] = (float) score[i];
            }
            Comparator<Integer> byScore = Comparator.comparingDouble((Integer i) -> -s[i]);
            Comparator<Integer> newest = Comparator.comparing((Integer i) -> catalogue.product(i).firstSeenAt())
                    .reversed();
            int[] order = IntStream.range(0, n).boxed()
                    .sorted(byScore.thenComparing(newest).thenComparing(Comparator.naturalOrder()))
                    .mapToInt(Integer::intValue).toArray();
            return new TrendingList(order, s, Arrays.copyOf(recent, n), any);
        }
    }
}
