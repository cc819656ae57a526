package io.aifashion.recommender.synthetic;

import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;
import io.aifashion.recommender.data.EventType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Simulates a fashion shop over 180 days. A shopper's utility for a product is
 * <pre>
 *   U = 1.2·[category preferred] + 1.8·exp(−ΔE_nearest palette colour / 15) + 0.8·price fit
 *       + 1.8·[hidden style liked] + 0.9·log quality
 * </pre>
 * and each shopper touches the top-n products by 3·U + Gumbel noise among those released before the
 * end of their 30-day visit — Gumbel-perturbed top-n is sampling without replacement from
 * softmax(3·U). Activity n
 * is log-normal, so most shoppers touch a few products and a few touch many; quality is log-normal,
 * so popularity has a long tail. Each touched product yields a view and, with probabilities growing
 * with U, click, like, add-to-cart and purchase events; some shoppers also dislike an ill-suited
 * product. Content features (category, colour, price) explain part of U; the hidden style and the
 * quality only show in co-occurrence, which is why a hybrid should beat either side alone.
 */
public final class SyntheticFashionGenerator {

    private static final List<String> CATEGORIES = List.of("dresses", "tops", "t-shirts", "jeans", "trousers",
            "skirts", "knitwear", "coats", "shoes", "bags", "accessories");
    private static final double[] CATEGORY_SHARE = {0.12, 0.14, 0.12, 0.08, 0.08, 0.06, 0.09, 0.06, 0.11, 0.07, 0.07};
    private static final double[] CATEGORY_PRICE = {79, 39, 19, 59, 55, 45, 69, 179, 89, 109, 25};
    private static final int STYLES = 8;
    /** Inverse temperature of the choice model: how strongly utility beats noise. */
    private static final double SHARPNESS = 3;
    private static final int DAYS = 180;
    private static final int VISIT_DAYS = 30;
    private static final long EPOCH = 1_704_067_200L; // 2024-01-01T00:00:00Z

    public SyntheticFashionData generate(SyntheticFashionConfig config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        Product[] products = products(config, random);
        List<ItemFeatures> features = new ArrayList<>(products.length);
        for (Product p : products) {
            features.add(p.features);
        }
        ItemCatalog catalogue = ItemCatalog.of(features);
        List<SyntheticShopper> shoppers = new ArrayList<>(config.users());
        List<ShopEvent> events = new ArrayList<>();
        double[] utility = new double[products.length];
        for (int u = 0; u < config.users(); u++) {
            Shopper s = shopper(u, config, random);
            shoppers.add(s.traits);
            simulateVisit(s, products, utility, random, events);
        }
        events.sort(Comparator.comparingLong(ShopEvent::timestamp).thenComparing(ShopEvent::userId).thenComparing(ShopEvent::itemId));
        return new SyntheticFashionData(catalogue, shoppers, events);
    }

    private static Product[] products(SyntheticFashionConfig config, SplittableRandom random) {
        Product[] out = new Product[config.items()];
        PaletteFamily[] families = PaletteFamily.values();
        List<FeatureVector> neutrals = PaletteFamily.neutrals();
        for (int i = 0; i < out.length; i++) {
            int category = drawCategory(random);
            double tier = random.nextGaussian() * 0.45;
            double price = Math.round(CATEGORY_PRICE[category] * Math.exp(tier + random.nextGaussian() * 0.1)) - 0.01;
            FeatureVector base = random.nextDouble() < 0.85
                    ? families[random.nextInt(families.length)].colours().get(random.nextInt(7))
                    : neutrals.get(random.nextInt(neutrals.size()));
            FeatureVector colour = FeatureVector.of(
                    clamp(base.get(0) + random.nextGaussian() * 4, 0, 100),
                    base.get(1) + random.nextGaussian() * 4,
                    base.get(2) + random.nextGaussian() * 4);
            int releaseDay = random.nextDouble() < config.newProductShare() ? random.nextInt(DAYS) : -1;
            String id = String.format(Locale.ROOT, "p%05d", i);
            out[i] = new Product(new ItemFeatures(id, CATEGORIES.get(category), colour, Math.max(price, 4.99)),
                    category, tier, random.nextInt(STYLES), random.nextGaussian(), releaseDay);
        }
        return out;
    }

    private static Shopper shopper(int u, SyntheticFashionConfig config, SplittableRandom random) {
        PaletteFamily season = PaletteFamily.values()[random.nextInt(4)];
        List<FeatureVector> palette = new ArrayList<>(season.colours());
        while (palette.size() > 5) {
            palette.remove(random.nextInt(palette.size()));
        }
        int wanted = 2 + random.nextInt(2);
        boolean[] preferred = new boolean[CATEGORIES.size()];
        List<String> names = new ArrayList<>();
        while (names.size() < wanted) {
            int c = drawCategory(random);
            if (!preferred[c]) {
                preferred[c] = true;
                names.add(CATEGORIES.get(c));
            }
        }
        List<Integer> styles = new ArrayList<>();
        styles.add(random.nextInt(STYLES));
        if (random.nextDouble() < 0.5) {
            int second = random.nextInt(STYLES);
            if (second != styles.get(0)) {
                styles.add(second);
            }
        }
        double tier = random.nextGaussian() * 0.45;
        int activity = (int) Math.round(config.medianItemsPerUser() * Math.exp(random.nextGaussian()));
        activity = Math.max(1, Math.min(activity, Math.min(150, config.items() / 4)));
        int start = random.nextInt(DAYS - VISIT_DAYS);
        String id = String.format(Locale.ROOT, "s%06d", u);
        return new Shopper(new SyntheticShopper(id, season, palette, names, tier, styles), preferred, activity, start);
    }

    private static void simulateVisit(Shopper s, Product[] products, double[] utility, SplittableRandom random,
                                      List<ShopEvent> events) {
        int end = s.startDay + VISIT_DAYS;
        int available = 0;
        int[] candidates = new int[products.length];
        double[] deterministic = new double[products.length];
        for (int i = 0; i < products.length; i++) {
            Product p = products[i];
            if (p.releaseDay >= end) {
                continue;
            }
            double d = deterministicUtility(s, p);
            deterministic[i] = d;
            utility[available] = SHARPNESS * d - Math.log(-Math.log(random.nextDouble() * 0.999999 + 1e-7)); // + Gumbel
            candidates[available++] = i;
        }
        int n = Math.min(s.activity, available);
        Integer[] order = new Integer[available];
        for (int k = 0; k < available; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(utility[b], utility[a]));
        for (int k = 0; k < n; k++) {
            Product p = products[candidates[order[k]]];
            double intent = 1 / (1 + Math.exp(-(deterministic[candidates[order[k]]] - 3.0)));
            int firstDay = Math.max(s.startDay, p.releaseDay);
            long t = EPOCH + firstDay * 86_400L + (long) (random.nextDouble() * (end - firstDay) * 86_400L);
            String item = p.features.itemId();
            String user = s.traits.userId();
            events.add(new ShopEvent(user, item, EventType.VIEW, t));
            if (random.nextDouble() < 0.4 + 0.5 * intent) {
                events.add(new ShopEvent(user, item, EventType.CLICK, t += 5 + random.nextInt(60)));
            }
            if (random.nextDouble() < 0.5 * intent) {
                events.add(new ShopEvent(user, item, EventType.LIKE, t += 5 + random.nextInt(120)));
            }
            if (random.nextDouble() < 0.3 * intent) {
                events.add(new ShopEvent(user, item, EventType.ADD_TO_CART, t += 30 + random.nextInt(600)));
                if (random.nextDouble() < 0.6) {
                    events.add(new ShopEvent(user, item, EventType.PURCHASE, t + 60 + random.nextInt(3600)));
                }
            }
        }
        if (available > 0 && random.nextDouble() < 0.25) {
            // a product that does not suit the shopper's colouring, seen and rejected
            for (int attempt = 0; attempt < 50; attempt++) {
                Product p = products[candidates[random.nextInt(available)]];
                if (colourFit(s.traits.palette(), p.features.colour()) < 0.15) {
                    long t = EPOCH + Math.max(s.startDay, p.releaseDay) * 86_400L + random.nextInt(86_400);
                    events.add(new ShopEvent(s.traits.userId(), p.features.itemId(), EventType.VIEW, t));
                    events.add(new ShopEvent(s.traits.userId(), p.features.itemId(), EventType.DISLIKE, t + 10));
                    break;
                }
            }
        }
    }

    private static double deterministicUtility(Shopper s, Product p) {
        double category = s.preferred[p.category] ? 1 : 0;
        double colour = colourFit(s.traits.palette(), p.features.colour());
        double dt = p.tier - s.traits.priceTier();
        double price = Math.exp(-dt * dt / (2 * 0.35 * 0.35));
        double style = s.traits.styles().contains(p.style) ? 1 : 0;
        return 1.2 * category + 1.8 * colour + 0.8 * price + 1.8 * style + 0.9 * p.logQuality;
    }

    private static double colourFit(List<FeatureVector> palette, FeatureVector colour) {
        double nearest = Double.POSITIVE_INFINITY;
        for (FeatureVector c : palette) {
            double s = 0;
            for (int k = 0; k < 3; k++) {
                double d = c.get(k) - colour.get(k);
                s += d * d;
            }
            nearest = Math.min(nearest, s);
        }
        return Math.exp(-Math.sqrt(nearest) / 15);
    }

    private static int drawCategory(SplittableRandom random) {
        double u = random.nextDouble();
        double s = 0;
        for (int c = 0; c < CATEGORY_SHARE.length; c++) {
            s += CATEGORY_SHARE[c];
            if (u < s) {
                return c;
            }
        }
        return CATEGORY_SHARE.length - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private record Product(ItemFeatures features, int category, double tier, int style, double logQuality, int releaseDay) {
    }

    private record Shopper(SyntheticShopper traits, boolean[] preferred, int activity, int startDay) {
    }
}
