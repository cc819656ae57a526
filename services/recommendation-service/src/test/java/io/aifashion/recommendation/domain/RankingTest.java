package io.aifashion.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.naming.ColorNameDictionary;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Srgb;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.catalogue.ProductColour;
import io.aifashion.recommendation.domain.interaction.Interaction;
import io.aifashion.recommendation.domain.interaction.InteractionKind;
import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.CatalogueSnapshot;
import io.aifashion.recommendation.domain.ranking.ColourAffinity;
import io.aifashion.recommendation.domain.ranking.ColourNames;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.NamedLab;
import io.aifashion.recommendation.domain.ranking.RankedProduct;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import io.aifashion.recommendation.domain.ranking.Reason;
import io.aifashion.recommendation.domain.ranking.Recommender;
import io.aifashion.recommendation.domain.ranking.ShopperProfile;
import io.aifashion.recommendation.domain.ranking.SimilarProducts;
import io.aifashion.recommendation.domain.ranking.TrendingList;
import io.aifashion.recommendation.domain.shopper.Budget;
import io.aifashion.recommendation.domain.shopper.Gender;
import io.aifashion.recommendation.domain.shopper.ShoppingPreferences;
import io.aifashion.recommendation.domain.shopper.Swatch;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import io.aifashion.recommender.data.EventWeights;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityTrainer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content scoring, blending, filtering and explanations over a small catalogue, without Spring. */
class RankingTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final String OLIVE_TEE = "olive-tee";
    static final String PASTEL_1 = "pastel-1";
    static final String PASTEL_2 = "pastel-2";
    static final String PASTEL_3 = "pastel-3";

    static CatalogueSnapshot catalogue;
    static ModelBundle bundle;
    static UserPalette deepAutumn;
    static final Recommender recommender = new Recommender();

    @BeforeAll
    static void catalogueAndModels() {
        List<Product> products = new ArrayList<>();
        products.add(product(OLIVE_TEE, "Olive Tee", "#556b2f", Audience.WOMEN, "Tshirts", 25, true));
        products.add(product("rust-dress", "Rust Dress", "#8b3a1a", Audience.WOMEN, "Dresses", 80, true));
        products.add(product("camel-coat", "Camel Coat", "#a0784a", Audience.MEN, "Jackets", 190, true));
        products.add(product("olive-shirt", "Olive Shirt", "#5a6b30", Audience.MEN, "Shirts", 45, true));
        products.add(product("olive-sold-out", "Olive Sold Out", "#556b2f", Audience.UNISEX, "Tshirts", 25, false));
        products.add(product(PASTEL_1, "Ice Pink Tee", "#f4c8dc", Audience.UNISEX, "Tshirts", 20, true));
        products.add(product(PASTEL_2, "Ice Blue Tee", "#cfe3f6", Audience.UNISEX, "Tshirts", 20, true));
        products.add(product(PASTEL_3, "Ice Lilac Tee", "#e2d4f4", Audience.UNISEX, "Tshirts", 20, true));
        SplittableRandom r = new SplittableRandom(5);
        String[] types = {"Tshirts", "Shirts", "Dresses", "Jeans", "Sweaters"};
        Audience[] audiences = {Audience.WOMEN, Audience.MEN, Audience.UNISEX};
        for (int i = 0; i < 120; i++) {
            String hex = new Srgb(r.nextInt(256), r.nextInt(256), r.nextInt(256)).toHex();
            products.add(product("p-" + i, "Product " + i, hex, audiences[i % 3], types[i % types.length],
                    10 + r.nextInt(190), true));
        }
        catalogue = CatalogueSnapshot.of(products, 1);
        // 20 shoppers like the three pastel tees together (and one random product each)
        EventWeights w = EventWeights.defaults();
        InteractionLog.Builder log = InteractionLog.builder(catalogue.items());
        List<ItemState> states = new ArrayList<>();
        for (int u = 0; u < 20; u++) {
            for (String p : List.of(PASTEL_1, PASTEL_2, PASTEL_3, "p-" + (u * 5))) {
                log.add("shopper-" + u, p, w.like(), NOW.getEpochSecond());
                states.add(new ItemState("shopper-" + u, p, w.like(), false, false, 1, NOW, NOW));
            }
        }
        InteractionMatrix matrix = log.build().toMatrix();
        Map<Algorithm, CollaborativeModel> models = new EnumMap<>(Algorithm.class);
        models.put(Algorithm.POPULARITY, new PopularityTrainer().train(matrix));
        models.put(Algorithm.ITEM_KNN, new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(1)).train(matrix));
        TrendingList.Builder trending = TrendingList.builder(catalogue, NOW, Duration.ofDays(3), Duration.ofDays(7));
        states.forEach(trending::add);
        bundle = new ModelBundle(catalogue, models, trending.build(), 80, NOW, BlendPolicy.defaults());
        Palette palette = PaletteGenerator.standard().forSeason(Season.DEEP_AUTUMN);
        deepAutumn = new UserPalette("u", "analysis-1", "Deep Autumn", 0.8, swatches(palette.wearable()),
                swatches(palette.neutrals()), swatches(palette.accents()), swatches(palette.metals()),
                swatches(palette.avoid()), "palette-v1", NOW);
    }

    @Test
    void aNewShopperWithOnlyAPaletteGetsPaletteMatchesExplainedBySeasonColourAndDeltaE() {
        UserHistory empty = UserHistory.empty("u", catalogue.size());
        ShopperProfile profile = profile("u", Optional.of(deepAutumn), Optional.empty(), empty);
        List<RankedProduct> list = recommender.recommend(bundle, profile, empty, variant(1.0), 10, null);

        assertThat(list).hasSize(10);
        PaletteMatcher matcher = PaletteMatcher.of(deepAutumn.toColourPalette());
        for (RankedProduct p : list) {
            Reason first = p.reasons().getFirst();
            assertThat(first).isInstanceOf(Reason.PaletteReason.class);
            Reason.PaletteReason palette = (Reason.PaletteReason) first;
            assertThat(palette.text()).matches("(Matches|Close to|Related to) your Deep Autumn palette: .+, ΔE \\d+\\.\\d");
            assertThat(palette.season()).isEqualTo("Deep Autumn");
            var match = matcher.match(p.product().primaryColour().lab());
            assertThat(palette.colourName()).isEqualTo(match.nearest().name());
            assertThat(palette.deltaE()).isCloseTo(match.deltaE(), org.assertj.core.api.Assertions.within(0.051));
        }
        // ordered by palette fit (no diversification): scores fall, and the pastels are nowhere
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).score()).isLessThanOrEqualTo(list.get(i - 1).score());
        }
        assertThat(ids(list)).doesNotContain(PASTEL_1, PASTEL_2, PASTEL_3, "olive-sold-out").contains(OLIVE_TEE);
        double worstShown = list.stream().mapToDouble(p -> matcher.match(p.product().primaryColour().lab()).score())
                .min().orElseThrow();
        assertThat(matcher.match(Srgb.parseHex("#f4c8dc").toLab()).score()).isLessThan(worstShown);
    }

    @Test
    void likesMakeCollaborativeNeighboursRankWithPeopleWhoLikedExplanations() {
        UserHistory history = UserHistory.builder("u", catalogue.items())
                .add(PASTEL_1, io.aifashion.recommender.data.EventType.LIKE, EventWeights.defaults())
                .add(OLIVE_TEE, io.aifashion.recommender.data.EventType.PURCHASE, EventWeights.defaults()).build();
        ShopperProfile profile = profile("u", Optional.of(deepAutumn), Optional.empty(), history);
        List<RankedProduct> list = recommender.recommend(bundle, profile, history, variant(0.7), 10, null);

        assertThat(ids(list)).contains(PASTEL_2, PASTEL_3).doesNotContain(PASTEL_1, OLIVE_TEE);
        RankedProduct blue = list.stream().filter(p -> p.product().id().equals(PASTEL_2)).findFirst().orElseThrow();
        assertThat(blue.reasons().getFirst()).isInstanceOfSatisfying(Reason.CollaborativeReason.class, c -> {
            assertThat(c.text()).isEqualTo("People who liked Ice Pink Tee also liked this");
            assertThat(c.relatedProductIds()).containsExactly(PASTEL_1);
        });
    }

    @Test
    void filtersRespectGenderCategoryStockAndDislikes() {
        ShoppingPreferences male = preferences(Optional.of(Gender.MALE), Optional.empty(), List.of(), List.of());
        UserHistory history = UserHistory.builder("m", catalogue.items())
                .add("olive-shirt", io.aifashion.recommender.data.EventType.DISLIKE, EventWeights.defaults()).build();
        ShopperProfile profile = profile("m", Optional.of(deepAutumn), Optional.of(male), history);
        List<RankedProduct> all = recommender.recommend(bundle, profile, history, variant(0.7), 60, null);
        assertThat(all).isNotEmpty().allSatisfy(p -> {
            assertThat(p.product().audience()).isIn(Audience.MEN, Audience.UNISEX);
            assertThat(p.product().inStock()).isTrue();
        });
        assertThat(ids(all)).doesNotContain("olive-shirt");

        List<RankedProduct> tees = recommender.recommend(bundle, profile, history, variant(0.7), 60, "tshirts");
        assertThat(tees).isNotEmpty().allSatisfy(p -> assertThat(p.product().articleType()).isEqualTo("Tshirts"));
        List<RankedProduct> apparel = recommender.recommend(bundle, profile, history, variant(0.7), 5, "APPAREL");
        assertThat(apparel).hasSize(5);
    }

    @Test
    void diversificationSpreadsCategories() {
        UserHistory empty = UserHistory.empty("u", catalogue.size());
        ShopperProfile profile = profile("u", Optional.of(deepAutumn), Optional.empty(), empty);
        long plain = recommender.recommend(bundle, profile, empty, variant(1.0), 8, null).stream()
                .map(p -> p.product().articleType()).distinct().count();
        long diverse = recommender.recommend(bundle, profile, empty, variant(0.3), 8, null).stream()
                .map(p -> p.product().articleType()).distinct().count();
        assertThat(diverse).isGreaterThanOrEqualTo(plain).isGreaterThanOrEqualTo(4);
    }

    @Test
    void statedPreferencesBecomeReasonsWhenThereIsNoPalette() {
        ShoppingPreferences prefs = preferences(Optional.empty(),
                Optional.of(new Budget(null, new BigDecimal("30"), "EUR")), List.of("#556b2f"), List.of("olive"));
        UserHistory empty = UserHistory.empty("f", catalogue.size());
        ShopperProfile profile = profile("f", Optional.empty(), Optional.of(prefs), empty);
        List<RankedProduct> list = recommender.recommend(bundle, profile, empty, variant(1.0), 3, null);
        RankedProduct first = list.getFirst();
        assertThat(first.product().id()).isEqualTo(OLIVE_TEE);
        assertThat(first.reasons()).extracting(Reason::text).anySatisfy(t ->
                assertThat(t).startsWith("Close to Dark Olive Green, one of your favourite colours (ΔE 0.0)"));
        assertThat(first.reasons()).extracting(Reason::text).contains("Fits your olive style", "Within your budget of up to 30 EUR");
    }

    @Test
    void similarProductsShareCategoryOrColourAndAudience() {
        int olive = catalogue.indexOf(OLIVE_TEE).orElseThrow();
        List<RankedProduct> similar = new SimilarProducts().similar(bundle, olive, 5);
        assertThat(similar).hasSize(5).allSatisfy(p -> {
            assertThat(p.product().id()).isNotIn(OLIVE_TEE, "olive-sold-out");
            assertThat(p.product().audience()).isIn(Audience.WOMEN, Audience.UNISEX);
        });
        assertThat(similar.getFirst().reasons().getFirst()).isInstanceOf(Reason.SimilarityReason.class);
        assertThat(similar.getFirst().reasons().getFirst().text()).startsWith("Also Tshirts");

        List<RankedProduct> likePink = new SimilarProducts().similar(bundle, catalogue.indexOf(PASTEL_1).orElseThrow(), 2);
        assertThat(ids(likePink)).containsExactlyInAnyOrder(PASTEL_2, PASTEL_3);
        assertThat(likePink.getFirst().reasons().getFirst().text()).isEqualTo("People who liked Ice Pink Tee also liked this");
    }

    @Test
    void trendingCountsRecentShoppers() {
        TrendingList trending = bundle.trending();
        int first = trending.at(0);
        assertThat(catalogue.product(first).id()).isIn(PASTEL_1, PASTEL_2, PASTEL_3);
        assertThat(trending.recentShoppers(first)).isEqualTo(20);
        assertThat(trending.fromActivity()).isTrue();
    }

    /** Folding a pair's interactions gives the same state in any order: what makes a replay reproduce it. */
    @Test
    void theFoldIsOrderIndependent() {
        EventWeights w = EventWeights.defaults();
        List<Interaction> events = new ArrayList<>();
        InteractionKind[] kinds = {InteractionKind.VIEW, InteractionKind.CLICK, InteractionKind.LIKE,
                InteractionKind.ADD_TO_CART, InteractionKind.PURCHASE, InteractionKind.VIEW};
        for (int i = 0; i < kinds.length; i++) {
            events.add(new Interaction(UUID.randomUUID(), "u", "p", kinds[i], NOW.plusSeconds(i), null, null));
        }
        ItemState forward = fold(events, w);
        Collections.shuffle(events, new java.util.Random(3));
        ItemState shuffled = fold(events, w);
        assertThat(shuffled).isEqualTo(forward);
        assertThat(forward.weight()).isEqualTo(1 + 2 + 4 + 6 + 10 + 1);
        assertThat(forward.purchased()).isTrue();
        assertThat(forward.positive()).isTrue();
        assertThat(forward.events()).isEqualTo(6);
        assertThat(forward.firstAt()).isEqualTo(NOW);
        assertThat(forward.lastAt()).isEqualTo(NOW.plusSeconds(5));

        ItemState disliked = forward.fold(new Interaction(UUID.randomUUID(), "u", "p", InteractionKind.DISLIKE, NOW,
                null, null), w).fold(new Interaction(UUID.randomUUID(), "u", "p", InteractionKind.DISLIKE, NOW,
                null, null), w).fold(new Interaction(UUID.randomUUID(), "u", "p", InteractionKind.DISLIKE, NOW,
                null, null), w);
        assertThat(disliked.positive()).isFalse();
        assertThat(disliked.disliked()).isTrue();
    }

    private static ItemState fold(List<Interaction> events, EventWeights w) {
        ItemState s = ItemState.first(events.getFirst(), w);
        for (Interaction i : events.subList(1, events.size())) {
            s = s.fold(i, w);
        }
        return s;
    }

    static ShopperProfile profile(String user, Optional<UserPalette> palette, Optional<ShoppingPreferences> prefs,
                                  UserHistory history) {
        ColourNames names = new ColourNames(ColorNameDictionary.standard());
        Optional<PaletteMatcher> matcher = palette.map(p -> PaletteMatcher.of(p.toColourPalette()));
        List<NamedLab> favourites = prefs.map(p -> names.resolveAll(p.favouriteColours())).orElse(List.of());
        List<NamedLab> disliked = prefs.map(p -> names.resolveAll(p.dislikedColours())).orElse(List.of());
        ColourAffinity affinity = ColourAffinity.compute(catalogue, matcher,
                favourites.stream().map(NamedLab::lab).toList(), disliked.stream().map(NamedLab::lab).toList());
        return bundle.content().profile(user, palette, matcher, prefs, favourites, affinity, history);
    }

    static ShoppingPreferences preferences(Optional<Gender> gender, Optional<Budget> budget, List<String> favourites,
                                           List<String> styles) {
        return new ShoppingPreferences("x", gender, List.of(), budget, favourites, List.of(), styles, "v1", NOW);
    }

    static RankingVariant variant(double diversity) {
        return new RankingVariant(Algorithm.ITEM_KNN, diversity);
    }

    static List<String> ids(List<RankedProduct> list) {
        return list.stream().map(p -> p.product().id()).toList();
    }

    static Product product(String id, String name, String hex, Audience audience, String type, int price,
                           boolean inStock) {
        Srgb srgb = Srgb.parseHex(hex);
        String master = "Apparel";
        String sub = type.equals("Jeans") ? "Bottomwear" : type.equals("Dresses") ? "Dress" : "Topwear";
        return new Product(id, id.toUpperCase(), name, "Brand", audience, master, sub, type, BigDecimal.valueOf(price),
                "EUR", inStock, new ProductColour(hex, srgb.toLab(), "family"), List.of(), "Casual", null, NOW);
    }

    static List<Swatch> swatches(List<PaletteColor> colours) {
        return colours.stream().map(c -> new Swatch(c.name(), c.hex())).toList();
    }
}
