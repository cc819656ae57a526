package io.aifashion.recommender.evaluation;

import io.aifashion.recommender.content.ContentItemScorer;
import io.aifashion.recommender.content.FeatureContentScorer;
import io.aifashion.recommender.content.FeatureProfile;
import io.aifashion.recommender.content.FeatureProfileBuilder;
import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.hybrid.BlendPolicy;
import io.aifashion.recommender.hybrid.HybridRanker;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.model.EaseConfig;
import io.aifashion.recommender.model.EaseTrainer;
import io.aifashion.recommender.model.ImplicitAlsConfig;
import io.aifashion.recommender.model.ImplicitAlsTrainer;
import io.aifashion.recommender.model.ItemKnnConfig;
import io.aifashion.recommender.model.ItemKnnTrainer;
import io.aifashion.recommender.model.PopularityTrainer;
import io.aifashion.recommender.ranking.ItemScorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The algorithms the evaluation knows, each with a deliberately small grid (tuning runs on a
 * validation split, so every grid point is one more training). The first grid point is the default
 * used when tuning is off.
 */
public final class Algorithms {

    private Algorithms() {
    }

    public static Algorithm<CollaborativeModel> popularity() {
        return named("pop", ctx -> List.of(new Candidate<>("pop", Map.of(), (m, f) -> new PopularityTrainer().train(m))));
    }

    /** k ∈ {100, 25, 50, 200} × shrinkage ∈ {10, 0, 50}. */
    public static Algorithm<CollaborativeModel> itemKnn(int threads) {
        List<ItemKnnConfig> grid = new ArrayList<>();
        for (int k : new int[] {100, 25, 50, 200}) {
            for (double h : new double[] {10, 0, 50}) {
                grid.add(ItemKnnConfig.defaults().withNeighbours(k).withShrinkage(h).withThreads(threads));
            }
        }
        return itemKnn(grid);
    }

    public static Algorithm<CollaborativeModel> itemKnn(List<ItemKnnConfig> grid) {
        return named("itemknn", ctx -> grid.stream()
                .map(c -> new Candidate<CollaborativeModel>("itemknn", c.asParameters(), (m, f) -> new ItemKnnTrainer(c).train(m)))
                .toList());
    }

    /** factors ∈ {64, 32} × α ∈ {10, 1} × λ ∈ {100, 10} × iterations ∈ {12, 6}, 3 CG steps. */
    public static Algorithm<CollaborativeModel> implicitAls(int threads, long seed) {
        List<ImplicitAlsConfig> grid = new ArrayList<>();
        ImplicitAlsConfig base = ImplicitAlsConfig.defaults().withThreads(threads).withSeed(seed);
        for (int f : new int[] {64, 32}) {
            for (double a : new double[] {10, 1}) {
                for (double l : new double[] {100, 10}) {
                    for (int it : new int[] {12, 6}) {
                        grid.add(base.withFactors(f).withAlpha(a).withRegularization(l).withIterations(it));
                    }
                }
            }
        }
        return implicitAls(grid);
    }

    public static Algorithm<CollaborativeModel> implicitAls(List<ImplicitAlsConfig> grid) {
        return named("ials", ctx -> grid.stream()
                .map(c -> new Candidate<CollaborativeModel>("ials", c.asParameters(), (m, f) -> new ImplicitAlsTrainer(c).train(m)))
                .toList());
    }

    /** λ ∈ {250, 50, 100, 500, 1000}. */
    public static Algorithm<CollaborativeModel> ease(int threads, int maxItems) {
        List<EaseConfig> grid = new ArrayList<>();
        for (double l : new double[] {250, 50, 100, 500, 1000}) {
            grid.add(EaseConfig.defaults().withLambda(l).withMaxItems(maxItems).withThreads(threads));
        }
        return ease(grid);
    }

    public static Algorithm<CollaborativeModel> ease(List<EaseConfig> grid) {
        return named("ease", ctx -> grid.stream()
                .map(c -> new Candidate<CollaborativeModel>("ease", c.asParameters(), (m, f) -> new EaseTrainer(c).train(m)))
                .toList());
    }

    /**
     * Content only: a {@link FeatureProfile} from the user's training items plus their known
     * palette, scored by {@link FeatureContentScorer.withDefaults(catalogue)}.
     *
     * @param palettes known palette per external user id (users without one get none)
     */
    public static Algorithm<ItemScorer> content(ItemCatalog catalogue, Map<String, List<FeatureVector>> palettes) {
        Function<UserHistory, FeatureProfile> profiles = profiles(catalogue, palettes);
        return named("content", ctx -> List.of(new Candidate<>("content", Map.of(),
                (m, f) -> new ContentItemScorer<>(catalogue, FeatureContentScorer.withDefaults(catalogue), profiles))));
    }

    /** κ_user ∈ {3, 1, 10, 30} × γ ∈ {0.25, 0.1, 0.4, 0.6}, κ_item = 1, over the tuned base. */
    public static Algorithm<ItemScorer> hybrid(Algorithm<CollaborativeModel> base, ItemCatalog catalogue,
                                               Map<String, List<FeatureVector>> palettes) {
        List<BlendPolicy> grid = new ArrayList<>();
        for (double user : new double[] {3, 1, 10, 30}) {
            for (double gamma : new double[] {0.25, 0.1, 0.4, 0.6}) {
                grid.add(new BlendPolicy(user, 1, gamma));
            }
        }
        return hybrid(base, catalogue, palettes, grid);
    }

    public static Algorithm<ItemScorer> hybrid(Algorithm<CollaborativeModel> base, ItemCatalog catalogue,
                                               Map<String, List<FeatureVector>> palettes, List<BlendPolicy> grid) {
        Function<UserHistory, FeatureProfile> profiles = profiles(catalogue, palettes);
        return named("hybrid", ctx -> {
            Candidate<CollaborativeModel> chosen = ctx.best(base);
            List<Candidate<ItemScorer>> out = new ArrayList<>();
            for (BlendPolicy policy : grid) {
                Map<String, String> params = new LinkedHashMap<>(policy.asParameters());
                params.put("base", chosen.algorithm());
                chosen.parameters().forEach((k, v) -> params.put("base." + k, v));
                out.add(new Candidate<>("hybrid", params, (m, f) -> new HybridRanker<>(f.get(chosen, m), catalogue,
                        FeatureContentScorer.withDefaults(catalogue), policy).asItemScorer(profiles)));
            }
            return out;
        });
    }

    private static Function<UserHistory, FeatureProfile> profiles(ItemCatalog catalogue, Map<String, List<FeatureVector>> palettes) {
        FeatureProfileBuilder builder = new FeatureProfileBuilder(catalogue);
        Map<String, List<FeatureVector>> known = new HashMap<>(palettes);
        return history -> builder.build(history, history.userId().map(id -> known.getOrDefault(id, List.of())).orElse(List.of()));
    }

    private static <S extends ItemScorer> Algorithm<S> named(String name, Function<TuningContext, List<Candidate<S>>> grid) {
        return new Algorithm<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Candidate<S>> candidates(TuningContext context) {
                return grid.apply(context);
            }
        };
    }
}
