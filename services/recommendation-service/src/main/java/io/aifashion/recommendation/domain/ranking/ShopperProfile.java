package io.aifashion.recommendation.domain.ranking;

import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.recommendation.domain.shopper.Gender;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import java.util.List;
import java.util.Optional;

/**
 * Everything the content side knows about one shopper for one catalogue snapshot: the palette (with
 * its matcher, for explanations), the stated preferences, and the per-product content scores
 * already combined. Built by {@link ShopperContentScorer#profile}; immutable.
 */
public final class ShopperProfile {

    private final String userId;
    private final CatalogueSnapshot catalogue;
    private final Optional<UserPalette> palette;
    private final Optional<PaletteMatcher> matcher;
    private final Optional<ShoppingPreferences> preferences;
    private final List<NamedLab> favourites;
    private final ColourAffinity colours;
    private final float[] base;
    private final float[] categoryBonus;
    private final Means means;

    ShopperProfile(String userId, CatalogueSnapshot catalogue, Optional<UserPalette> palette,
                   Optional<PaletteMatcher> matcher, Optional<ShoppingPreferences> preferences,
                   List<NamedLab> favourites, ColourAffinity colours, float[] base, float[] categoryBonus,
                   Means means) {
        this.userId = userId;
        this.catalogue = catalogue;
        this.palette = palette;
        this.matcher = matcher;
        this.preferences = preferences;
        this.favourites = List.copyOf(favourites);
        this.colours = colours;
        this.base = base;
        this.categoryBonus = categoryBonus;
        this.means = means;
    }

    /** Catalogue means of each weighted content component: a reason is what lifts a product above them. */
    record Means(double palette, double favourite, double style, double budget, double sizes, double category) {
    }

    public String userId() {
        return userId;
    }

    public CatalogueSnapshot catalogue() {
        return catalogue;
    }

    public Optional<UserPalette> palette() {
        return palette;
    }

    Optional<PaletteMatcher> matcher() {
        return matcher;
    }

    public Optional<ShoppingPreferences> preferences() {
        return preferences;
    }

    public Optional<Gender> gender() {
        return preferences.flatMap(ShoppingPreferences::gender);
    }

    List<NamedLab> favourites() {
        return favourites;
    }

    ColourAffinity colours() {
        return colours;
    }

    float base(int item) {
        return base[item];
    }

    float categoryBonus(int item) {
        return categoryBonus[catalogue.itemCatalog().categoryIndex(item)];
    }

    Means means() {
        return means;
    }
}
