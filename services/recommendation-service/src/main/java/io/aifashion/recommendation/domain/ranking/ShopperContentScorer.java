package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.match.MatchScore;
import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.recommendation.domain.ranking.Reason.CatalogueReason;
import io.aifashion.recommendation.domain.ranking.Reason.PaletteReason;
import io.aifashion.recommendation.domain.ranking.Reason.PreferenceReason;
import io.aifashion.recommendation.domain.shopper.Budget;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import io.aifashion.recommender.content.ContentScorer;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;
import io.aifashion.recommender.data.UserHistory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The content side of the hybrid (the recommender library's {@link ContentScorer} port): how well a
 * product suits a shopper from what is known before any behaviour — the personal palette above all —
 * and from the categories the shopper's history leans to.
 *
 * <pre>
 *   content(i) = 1.0·palette(i) + 0.5·favourite(i) − 0.8·disliked(i)
 *              + 0.5·style(i) + 0.5·budget(i) + 0.3·sizes(i) + 0.6·category(i)
 * </pre>
 *
 * <ul>
 *   <li>palette: the colour library's palette score / 100 — a Gaussian (σ = 12) in CIEDE2000 to the
 *       nearest wearable, neutral or accent colour, cut by up to 80 % near an avoid colour;</li>
 *   <li>favourite / disliked: the same kernel to the nearest favourite colour, and {@code 1 − ΔE/10}
 *       to the nearest disliked colour within ΔE 10;</li>
 *   <li>style: 1 if a style tag names the product's usage, season or a word of its category or name;</li>
 *   <li>budget: 1 inside the band, decaying with the log-ratio outside it (0.5 when the currency differs);</li>
 *   <li>sizes: 1 for footwear when the shopper gave a shoe size, for apparel when they gave a clothing
 *       size — products carry no sizes in their events, so this is all sizes can say;</li>
 *   <li>category: the shopper's share of positive weight in the product's category, additively
 *       smoothed towards uniform (prior 2) and scaled so the favourite category scores 1.</li>
 * </ul>
 *
 * Palette fit leads because it is the product's promise and the only signal a new shopper with just a
 * skin analysis has. The weights are a judgement, not fitted: the hybrid standardises the content
 * score per shopper before blending, so only their ratios matter. A component the shopper gave no
 * information for is constant and drops out in that standardisation.
 */
public final class ShopperContentScorer implements ContentScorer<ShopperProfile> {

    static final double PALETTE = 1.0;
    static final double FAVOURITE = 0.5;
    static final double DISLIKED = 0.8;
    static final double STYLE = 0.5;
    static final double BUDGET = 0.5;
    static final double SIZES = 0.3;
    static final double CATEGORY = 0.6;
    /** Additive smoothing of category shares (the library's FeatureContentScorer uses the same prior). */
    static final double CATEGORY_PRIOR = 2.0;
    /** A component must lift a product this far above the catalogue mean to be named as a reason. */
    static final double REASON_THRESHOLD = 0.02;

    private final CatalogueSnapshot catalogue;

    public ShopperContentScorer(CatalogueSnapshot catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The shopper's profile over this scorer's catalogue.
     *
     * @param colours must have been computed for a snapshot with the same {@link CatalogueSnapshot#colourKey()}
     */
    public ShopperProfile profile(String userId, Optional<UserPalette> palette, Optional<PaletteMatcher> matcher,
                                  Optional<ShoppingPreferences> preferences, List<NamedLab> favourites,
                                  ColourAffinity colours, UserHistory history) {
        if (colours.colourKey() != catalogue.colourKey()) {
            throw new IllegalArgumentException("colour affinities belong to another catalogue");
        }
        int n = catalogue.size();
        float[] base = new float[n];
        BitSet styled = styled(preferences);
        Optional<Budget> budget = preferences.flatMap(ShoppingPreferences::budget);
        boolean shoes = preferences.map(ShoppingPreferences::hasShoeSizes).orElse(false);
        boolean clothes = preferences.map(ShoppingPreferences::hasClothingSizes).orElse(false);
        double[] sums = new double[5];
        for (int i = 0; i < n; i++) {
            double p = colours.palette() == null ? 0 : PALETTE * colours.palette()[i];
            double f = colours.favourite() == null ? 0 : FAVOURITE * colours.favourite()[i];
            double d = colours.disliked() == null ? 0 : DISLIKED * colours.disliked()[i];
            double s = styled.get(i) ? STYLE : 0;
            double b = budget.isPresent() ? BUDGET * budgetFit(budget.get(), i) : 0;
            double z = sizeFit(i, shoes, clothes) * SIZES;
            base[i] = (float) (p + f - d + s + b + z);
            sums[0] += p;
            sums[1] += f - d;
            sums[2] += s;
            sums[3] += b;
            sums[4] += z;
        }
        float[] bonus = categoryBonus(history);
        double categoryMean = 0;
        for (int i = 0; i < n; i++) {
            categoryMean += bonus[catalogue.itemCatalog().categoryIndex(i)];
        }
        var means = new ShopperProfile.Means(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n,
                categoryMean / n);
        return new ShopperProfile(userId, catalogue, palette, matcher, preferences, favourites, colours, base, bonus,
                means);
    }

    private BitSet styled(Optional<ShoppingPreferences> preferences) {
        BitSet styled = new BitSet(catalogue.size());
        preferences.ifPresent(p -> p.styleTags().forEach(t -> {
            for (int i : catalogue.withStyle(t)) {
                styled.set(i);
            }
        }));
        return styled;
    }

    private double budgetFit(Budget budget, int item) {
        double fit = budget.fit(catalogue.price(item), catalogue.currency(item));
        return Double.isNaN(fit) ? 0.5 : fit;
    }

    private double sizeFit(int item, boolean shoes, boolean clothes) {
        return (shoes && catalogue.footwear(item)) || (clothes && catalogue.apparel(item)) ? 1 : 0;
    }

    private float[] categoryBonus(UserHistory history) {
        ItemCatalog items = catalogue.itemCatalog();
        int categories = items.categories().size();
        double[] weight = new double[categories];
        double total = 0;
        for (int k = 0; k < history.size(); k++) {
            weight[items.categoryIndex(history.item(k))] += history.weight(k);
            total += history.weight(k);
        }
        float[] bonus = new float[categories];
        double best = 0;
        for (int c = 0; c < categories; c++) {
            weight[c] = (weight[c] + CATEGORY_PRIOR / categories) / (total + CATEGORY_PRIOR);
            best = Math.max(best, weight[c]);
        }
        for (int c = 0; c < categories; c++) {
            bonus[c] = (float) (CATEGORY * weight[c] / best);
        }
        return bonus;
    }

    @Override
    public double score(ShopperProfile profile, ItemFeatures item) {
        int i = index(profile, item);
        return profile.base(i) + profile.categoryBonus(i);
    }

    @Override
    public void scoreInto(ShopperProfile profile, ItemCatalog items, float[] scores) {
        if (profile.catalogue() != catalogue || items != catalogue.itemCatalog()) {
            throw new IllegalArgumentException("the profile was built for another catalogue snapshot");
        }
        for (int i = 0; i < catalogue.size(); i++) {
            scores[i] = profile.base(i) + profile.categoryBonus(i);
        }
    }

    @Override
    public String explain(ShopperProfile profile, ItemFeatures item) {
        return reasons(profile, index(profile, item)).getFirst().text();
    }

    private int index(ShopperProfile profile, ItemFeatures item) {
        int i = catalogue.items().indexOf(item.itemId());
        if (i < 0 || profile.catalogue() != catalogue) {
            throw new IllegalArgumentException("product " + item.itemId() + " is not in the profile's catalogue");
        }
        return i;
    }

    /**
     * The content reasons for a product, strongest first: the components that lift it furthest above
     * the catalogue mean for this shopper. Never empty.
     */
    public List<Reason> reasons(ShopperProfile profile, int item) {
        ShopperProfile.Means m = profile.means();
        ColourAffinity c = profile.colours();
        List<Weighted> found = new ArrayList<>();
        if (c.palette() != null && catalogue.colourKnown(item)) {
            found.add(new Weighted(PALETTE * c.palette()[item] - m.palette(), () -> paletteReason(profile, item)));
        }
        if (c.favourite() != null && catalogue.colourKnown(item)) {
            double v = FAVOURITE * c.favourite()[item] - (c.disliked() == null ? 0 : DISLIKED * c.disliked()[item]);
            found.add(new Weighted(v - m.favourite(), () -> favouriteReason(profile, item)));
        }
        profile.preferences().ifPresent(p -> {
            String tag = matchedStyle(p, item);
            if (tag != null) {
                found.add(new Weighted(STYLE - m.style(), () -> new PreferenceReason("style",
                        "Fits your " + tag + " style")));
            }
            p.budget().ifPresent(b -> found.add(new Weighted(BUDGET * budgetFit(b, item) - m.budget(),
                    () -> new PreferenceReason("budget", "Within your budget " + describe(b)))));
            double sizes = SIZES * sizeFit(item, p.hasShoeSizes(), p.hasClothingSizes());
            found.add(new Weighted(sizes - m.sizes(), () -> new PreferenceReason("sizes",
                    catalogue.footwear(item) ? "Footwear, and you gave us your shoe size"
                            : "Clothing, and you gave us your size")));
        });
        found.add(new Weighted(profile.categoryBonus(item) - m.category(), () -> new PreferenceReason("category",
                "From " + catalogue.product(item).category() + ", a category you like")));
        List<Reason> reasons = found.stream().filter(w -> w.lift() > REASON_THRESHOLD)
                .sorted(Comparator.comparingDouble(Weighted::lift).reversed())
                .map(w -> w.reason().get()).toList();
        if (reasons.isEmpty()) {
            return List.of(new CatalogueReason("A pick from our " + catalogue.product(item).category()
                    + " — tell us what you like to make it personal"));
        }
        return reasons;
    }

    /** The palette reason for a product, if the shopper has a palette and the product's colour is known. */
    public Optional<PaletteReason> paletteReasonIfAny(ShopperProfile profile, int item) {
        if (profile.matcher().isEmpty() || !catalogue.colourKnown(item)) {
            return Optional.empty();
        }
        return Optional.of(paletteReason(profile, item));
    }

    /** Palette fit of a product for the shopper in [0, 1], or NaN without a palette. */
    public double paletteFit(ShopperProfile profile, int item) {
        float[] p = profile.colours().palette();
        return p == null ? Double.NaN : p[item];
    }

    /** The catalogue-wide mean palette fit for the shopper. */
    public double meanPaletteFit(ShopperProfile profile) {
        return profile.means().palette() / PALETTE;
    }

    private PaletteReason paletteReason(ShopperProfile profile, int item) {
        UserPalette palette = profile.palette().orElseThrow();
        MatchScore match = profile.matcher().orElseThrow().match(catalogue.lab(item));
        double d = Math.round(match.deltaE() * 10) / 10.0;
        String lead = d < 5 ? "Matches" : d < 10 ? "Close to" : "Related to";
        String text = String.format(Locale.ROOT, "%s your %s palette: %s, ΔE %.1f", lead, palette.season(),
                match.nearest().name(), d);
        if (match.penalised() && match.nearestAvoid().isPresent()) {
            text += String.format(Locale.ROOT, " (but near %s, a colour to avoid, ΔE %.1f)",
                    match.nearestAvoid().get().name(), match.avoidDeltaE());
        }
        return new PaletteReason(palette.season(), match.nearest().name(), match.nearest().hex(), d, text);
    }

    private Reason favouriteReason(ShopperProfile profile, int item) {
        double[] lab = {catalogue.lab(item).l(), catalogue.lab(item).a(), catalogue.lab(item).b()};
        NamedLab best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (NamedLab f : profile.favourites()) {
            double d = ColourAffinity.nearestDeltaE(lab[0], lab[1], lab[2], List.of(f.lab()));
            if (d < bestD) {
                bestD = d;
                best = f;
            }
        }
        if (best == null) {
            return new PreferenceReason("favourite-colour", "Away from the colours you dislike");
        }
        return new PreferenceReason("favourite-colour", String.format(Locale.ROOT,
                "Close to %s, one of your favourite colours (ΔE %.1f)", best.label(), bestD));
    }

    private String matchedStyle(ShoppingPreferences p, int item) {
        for (String tag : p.styleTags()) {
            if (Arrays.binarySearch(catalogue.withStyle(tag), item) >= 0) {
                return tag;
            }
        }
        return null;
    }

    private static String describe(Budget b) {
        String cur = " " + b.currency();
        if (b.min() != null && b.max() != null) {
            return "of " + plain(b.min()) + "–" + plain(b.max()) + cur;
        }
        return b.max() != null ? "of up to " + plain(b.max()) + cur : "from " + plain(b.min()) + cur;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private record Weighted(double lift, java.util.function.Supplier<Reason> reason) {
    }
}
