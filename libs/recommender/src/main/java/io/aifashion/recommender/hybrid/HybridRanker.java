package io.aifashion.recommender.hybrid;

import io.aifashion.recommender.content.ContentScorer;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.model.CollaborativeModel;
import io.aifashion.recommender.ranking.Explanation;
import io.aifashion.recommender.ranking.ItemFilter;
import io.aifashion.recommender.ranking.ItemScorer;
import io.aifashion.recommender.ranking.Recommendation;
import io.aifashion.recommender.ranking.Signal;
import io.aifashion.recommender.ranking.TopNSelection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ranks a catalogue for one user by blending a collaborative model with a content scorer and a
 * popularity prior as the {@link BlendPolicy} prescribes, removes excluded items (disliked, bought,
 * seen, plus any request filter such as out-of-stock), optionally diversifies with MMR, and explains
 * each pick by the signal that contributed most to its score. Immutable and thread-safe.
 *
 * @param <P> the content-profile type of the {@link ContentScorer}
 */
public final class HybridRanker<P> {

    private final CollaborativeModel model;
    private final ItemCatalog catalogue;
    private final ContentScorer<P> content;
    private final BlendPolicy blend;
    private final MmrDiversifier diversifier;
    private final float[] popularity;
    private final int[] support;

    /**
     * @throws IllegalArgumentException if the model and the catalogue index items differently
     */
    public HybridRanker(CollaborativeModel model, ItemCatalog catalogue, ContentScorer<P> content, BlendPolicy blend) {
        this(model, catalogue, content, blend, null);
    }

    private HybridRanker(CollaborativeModel model, ItemCatalog catalogue, ContentScorer<P> content, BlendPolicy blend,
                         MmrDiversifier diversifier) {
        this.model = Objects.requireNonNull(model, "model");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.content = Objects.requireNonNull(content, "content");
        this.blend = Objects.requireNonNull(blend, "blend");
        this.diversifier = diversifier;
        if (!model.items().equals(catalogue.items())) {
            throw new IllegalArgumentException("the model and the catalogue must index the same items in the same order; "
                    + "build the training log with InteractionLog.builder(catalogue.items())");
        }
        int n = catalogue.size();
        support = new int[n];
        for (int i = 0; i < n; i++) {
            support[i] = model.itemSupport(i);
        }
        popularity = new float[n];
        for (int i = 0; i < n; i++) {
            popularity[i] = (float) Math.log1p(support[i]);
        }
        standardize(popularity);
    }

    /** The same ranker, re-ranking its output with MMR. */
    public HybridRanker<P> withDiversification(MmrDiversifier mmr) {
        return new HybridRanker<>(model, catalogue, content, blend, Objects.requireNonNull(mmr, "mmr"));
    }

    public CollaborativeModel model() {
        return model;
    }

    public BlendPolicy blend() {
        return blend;
    }

    public List<Recommendation> recommend(RecommendationRequest<P> request) {
        UserHistory history = request.history();
        checkHistory(history);
        Components c = components(history, request.profile());
        ItemFilter filter = ItemFilter.dislikedOrBought(history).or(request.filter());
        if (request.excludeSeen()) {
            filter = filter.or(ItemFilter.seen(history));
        }
        int[] picked;
        if (diversifier == null) {
            picked = TopNSelection.select(c.blended, request.count(), filter);
        } else {
            int[] pool = TopNSelection.select(c.blended, diversifier.poolSize(request.count()), filter);
            picked = diversifier.rerank(pool, c.blended, request.count());
        }
        Explanation[] why = explain(history, request.profile(), c, picked);
        List<Recommendation> out = new ArrayList<>(picked.length);
        for (int r = 0; r < picked.length; r++) {
            int item = picked[r];
            out.add(new Recommendation(catalogue.items().id(item), r + 1, c.blended[item], why[r]));
        }
        return out;
    }

    /** Blended scores for every item (no exclusions applied). */
    public void scoreInto(UserHistory history, P profile, float[] scores) {
        checkHistory(history);
        Components c = components(history, profile);
        System.arraycopy(c.blended, 0, scores, 0, c.blended.length);
    }

    /** This ranker as an {@link ItemScorer}, deriving each user's profile with {@code profiles}. */
    public ItemScorer asItemScorer(Function<UserHistory, P> profiles) {
        return new ItemScorer() {
            @Override
            public int itemCount() {
                return catalogue.size();
            }

            @Override
            public void scoreInto(UserHistory history, float[] scores) {
                HybridRanker.this.scoreInto(history, profiles.apply(history), scores);
            }
        };
    }

    private void checkHistory(UserHistory history) {
        if (history.itemCount() != catalogue.size()) {
            throw new IllegalArgumentException("history refers to " + history.itemCount() + " items, catalogue has "
                    + catalogue.size());
        }
    }

    private Components components(UserHistory history, P profile) {
        int n = catalogue.size();
        float[] cf = new float[n];
        model.scoreInto(history, cf);
        standardize(cf);
        float[] ct = new float[n];
        content.scoreInto(profile, catalogue, ct);
        standardize(ct);
        float[] blended = new float[n];
        int known = history.size();
        double gamma = blend.popularityWeight();
        for (int i = 0; i < n; i++) {
            double g = blend.collaborativeShare(known, support[i]);
            blended[i] = (float) ((1 - gamma) * (g * cf[i] + (1 - g) * ct[i]) + gamma * popularity[i]);
        }
        return new Components(cf, ct, blended);
    }

    /** Per pick, the signal with the largest weighted contribution explains it. */
    private Explanation[] explain(UserHistory history, P profile, Components c, int[] picked) {
        Explanation[] out = new Explanation[picked.length];
        double gamma = blend.popularityWeight();
        int[] collaborativePicks = new int[picked.length];
        int[] slots = new int[picked.length];
        int m = 0;
        for (int r = 0; r < picked.length; r++) {
            int item = picked[r];
            double g = blend.collaborativeShare(history.size(), support[item]);
            double collaborative = (1 - gamma) * g * c.collaborative[item];
            double contentPart = (1 - gamma) * (1 - g) * c.content[item];
            double popular = gamma * popularity[item];
            if (collaborative >= contentPart && collaborative >= popular && collaborative > 0) {
                collaborativePicks[m] = item;
                slots[m++] = r;
            } else if (popular > contentPart) {
                int s = support[item];
                out[r] = Explanation.of(Signal.POPULARITY, "Trending: popular with " + s + (s == 1 ? " shopper" : " shoppers"));
            } else {
                out[r] = Explanation.of(Signal.CONTENT, content.explain(profile, catalogue.features(item)));
            }
        }
        List<Explanation> fromModel = model.explain(history, java.util.Arrays.copyOf(collaborativePicks, m));
        for (int k = 0; k < m; k++) {
            out[slots[k]] = fromModel.get(k);
        }
        return out;
    }

    /**
     * Standardises in place to mean 0 and standard deviation 1 over the catalogue (a constant
     * vector becomes all zeros). Collaborative scores are peaked — a few items far above the rest —
     * while content scores are broad; on this common scale a strong collaborative signal keeps its
     * lead and content decides among items the collaborative model cannot tell apart.
     */
    static void standardize(float[] v) {
        double sum = 0;
        double sumSq = 0;
        for (float x : v) {
            sum += x;
            sumSq += (double) x * x;
        }
        double mean = sum / v.length;
        double sd = Math.sqrt(Math.max(0, sumSq / v.length - mean * mean));
        for (int i = 0; i < v.length; i++) {
            v[i] = sd > 1e-12 ? (float) ((v[i] - mean) / sd) : 0f;
        }
    }

    private record Components(float[] collaborative, float[] content, float[] blended) {
    }
}
