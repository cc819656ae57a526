package io.aifashion.bench.recommendation;

import io.aifashion.color.match.PaletteMatcher;
import io.aifashion.color.palette.Palette;
import io.aifashion.color.palette.PaletteColor;
import io.aifashion.color.palette.PaletteGenerator;
import io.aifashion.color.season.Season;
import io.aifashion.color.space.Srgb;
import io.aifashion.recommendation.domain.catalogue.Audience;
import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.catalogue.ProductColour;
import io.aifashion.recommendation.domain.interaction.ItemState;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.CatalogueSnapshot;
import io.aifashion.recommendation.domain.ranking.ColourAffinity;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.RankedProduct;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import io.aifashion.recommendation.domain.ranking.Recommender;
import io.aifashion.recommendation.domain.ranking.ShopperProfile;
import io.aifashion.recommendation.domain.ranking.SimilarProducts;
import io.aifashion.recommendation.domain.ranking.TrendingList;
import io.aifashion.recommendation.domain.shopper.Swatch;
import io.aifashion.recommendation.domain.shopper.UserPalette;
import io.aifashion.recommender.data.InteractionLog;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityTrainer;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The recommendation service's serving path, in-process: top-20 for one shopper over 50,000 products
 * with a Deep Autumn palette and a history — the code a {@code GET /api/v1/recommendations} cache
 * miss runs after the database reads: build the shopper's content profile (from their cached
 * CIEDE2000 colour affinities), blend with the collaborative model through the recommender
 * library's hybrid, filter (stock, history), diversify with MMR, and explain every pick. Models are
 * trained once on one million interactions (20,000 users × 50 items from a planted-block generator).
 *
 * <p>Sample-time mode reports p50/p99. The goal (issue "[5 of 9] Recommendations"): p99 under 5 ms.
 * {@code colourAffinity50k} is the once-per-shopper cost a new palette or a new catalogue incurs.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RecommendationServing -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecommendationServingBenchmark {

    static final int PRODUCTS = 50_000;
    static final int USERS = 20_000;
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private ModelBundle bundle;
    private UserPalette palette;
    private PaletteMatcher matcher;
    private ColourAffinity affinity;
    private UserHistory[] histories;
    private final Recommender recommender = new Recommender();
    private final SimilarProducts similar = new SimilarProducts();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        InteractionMatrix generated = new PlantedBlockGenerator()
                .generate(new PlantedBlockConfig(USERS, PRODUCTS, 50, 50, 0.8, 0.8, 7)).log().toMatrix();
        SplittableRandom r = new SplittableRandom(11);
        String[][] types = {{"Apparel", "Topwear", "Tshirts"}, {"Apparel", "Topwear", "Shirts"},
            {"Apparel", "Dress", "Dresses"}, {"Apparel", "Bottomwear", "Jeans"}, {"Apparel", "Topwear", "Sweaters"},
            {"Apparel", "Topwear", "Jackets"}, {"Footwear", "Shoes", "Casual Shoes"}, {"Footwear", "Shoes", "Heels"},
            {"Accessories", "Bags", "Handbags"}, {"Apparel", "Bottomwear", "Skirts"}, {"Apparel", "Bottomwear", "Trousers"}};
        Audience[] audiences = {Audience.WOMEN, Audience.MEN, Audience.UNISEX};
        List<Product> products = new ArrayList<>(PRODUCTS);
        for (int i = 0; i < PRODUCTS; i++) {
            Srgb colour = new Srgb(r.nextInt(256), r.nextInt(256), r.nextInt(256));
            String[] t = types[r.nextInt(types.length)];
            products.add(new Product(generated.items().id(i), "SKU-" + i, t[2] + " " + i, "Brand", audiences[i % 3],
                    t[0], t[1], t[2], BigDecimal.valueOf(10 + r.nextInt(200)), "EUR", r.nextDouble() > 0.05,
                    new ProductColour(colour.toHex(), colour.toLab(), "family"), List.of(), "Casual", null, NOW));
        }
        CatalogueSnapshot catalogue = CatalogueSnapshot.of(products, 1);
        // the models index the snapshot's products, as the service trains them
        InteractionLog.Builder log = InteractionLog.builder(catalogue.items());
        TrendingList.Builder trending = TrendingList.builder(catalogue, NOW, Duration.ofDays(3), Duration.ofDays(7));
        for (int u = 0; u < generated.userCount(); u++) {
            UserHistory h = generated.history(u);
            for (int k = 0; k < h.size(); k++) {
                String item = generated.items().id(h.item(k));
                log.add(generated.users().id(u), item, h.weight(k), NOW.getEpochSecond());
                trending.add(new ItemState(generated.users().id(u), item, h.weight(k), false, false, 1, NOW, NOW));
            }
        }
        InteractionMatrix matrix = log.build().toMatrix();
        int threads = Runtime.getRuntime().availableProcessors();
        Map<Algorithm, CollaborativeModel> models = new EnumMap<>(Algorithm.class);
        models.put(Algorithm.POPULARITY, new PopularityTrainer().train(matrix));
        models.put(Algorithm.ITEM_KNN, new ItemKnnTrainer(ItemKnnConfig.defaults().withThreads(threads)).train(matrix));
        // serving cost does not depend on how long the factors were trained
        models.put(Algorithm.IALS, new ImplicitAlsTrainer(ImplicitAlsConfig.defaults().withIterations(2)
                .withThreads(threads)).train(matrix));
        bundle = new ModelBundle(catalogue, models, trending.build(), matrix.positiveCount(), NOW, BlendPolicy.defaults());
        Palette p = PaletteGenerator.standard().forSeason(Season.DEEP_AUTUMN);
        palette = new UserPalette("shopper", "analysis", "Deep Autumn", 0.8, swatches(p.wearable()),
                swatches(p.neutrals()), swatches(p.accents()), swatches(p.metals()), swatches(p.avoid()), "v1", NOW);
        matcher = PaletteMatcher.of(palette.toColourPalette());
        affinity = ColourAffinity.compute(catalogue, Optional.of(matcher), List.of(), List.of());
        histories = new UserHistory[4096];
        for (int u = 0; u < histories.length; u++) {
            histories[u] = matrix.history(u);
        }
    }

    private static List<Swatch> swatches(List<PaletteColor> colours) {
        return colours.stream().map(c -> new Swatch(c.name(), c.hex())).toList();
    }

    private List<RankedProduct> top20(Algorithm algorithm, double diversity) {
        UserHistory history = histories[next = (next + 1) % histories.length];
        ShopperProfile profile = bundle.content().profile("shopper", Optional.of(palette), Optional.of(matcher),
                Optional.empty(), List.of(), affinity, history);
        return recommender.recommend(bundle, profile, history, new RankingVariant(algorithm, diversity), 20, null);
    }

    /** The default ranking: item-kNN hybrid, MMR λ = 0.7. */
    @Benchmark
    public List<RankedProduct> itemKnnTop20() {
        return top20(Algorithm.ITEM_KNN, 0.7);
    }

    /** iALS hybrid (the user folded in from the history on every call), MMR λ = 0.7. */
    @Benchmark
    public List<RankedProduct> ialsTop20() {
        return top20(Algorithm.IALS, 0.7);
    }

    /** Without diversification, to show what MMR costs. */
    @Benchmark
    public List<RankedProduct> itemKnnTop20NoMmr() {
        return top20(Algorithm.ITEM_KNN, 1.0);
    }

    /** A shopper's CIEDE2000 affinity to all 50,000 product colours: once per palette and catalogue. */
    @Benchmark
    public ColourAffinity colourAffinity50k() {
        return ColourAffinity.compute(bundle.catalogue(), Optional.of(matcher), List.of(), List.of());
    }

    /** "More like this" over 50,000 products. */
    @Benchmark
    public List<RankedProduct> similarTop10() {
        return similar.similar(bundle, (next = (next + 7919) % PRODUCTS), 10);
    }
}
