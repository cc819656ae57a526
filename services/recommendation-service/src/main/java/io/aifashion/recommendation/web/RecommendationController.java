package io.aifashion.recommendation.web;

import io.aifashion.kit.security.CurrentUser;
import io.aifashion.recommendation.application.GetRecommendations;
import io.aifashion.recommendation.application.ModelRegistry;
import io.aifashion.recommendation.application.ModelTraining;
import io.aifashion.recommendation.application.RebuildReadModels;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's recommendations, and the administrators' controls over the read model and the models.
 */
@RestController
public class RecommendationController {

    private final GetRecommendations recommendations;
    private final RebuildReadModels rebuild;
    private final ModelTraining training;
    private final ModelRegistry registry;

    public RecommendationController(GetRecommendations recommendations, RebuildReadModels rebuild,
                                    ModelTraining training, ModelRegistry registry) {
        this.recommendations = recommendations;
        this.rebuild = rebuild;
        this.training = training;
        this.registry = registry;
    }

    /** {@code GET /api/v1/recommendations?limit=20&category=}: the signed-in caller's list. */
    @GetMapping("/api/v1/recommendations")
    public Map<String, Object> mine(@RequestParam(defaultValue = "20") int limit,
                                    @RequestParam(required = false) String category) {
        return RecommendationViews.list(recommendations.forUser(CurrentUser.require(), limit, category));
    }

    /** Replays the interaction log into fresh read models (same models, same results). */
    @PostMapping("/api/v1/recommendations/rebuild")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> rebuild() {
        RebuildReadModels.Outcome o = rebuild.rebuild();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("replayedInteractions", o.replayed());
        m.put("users", o.users());
        m.put("userProductPairs", o.pairs());
        m.put("tookMillis", o.took().toMillis());
        m.put("models", registry.current().map(RecommendationController::versions).orElse(Map.of()));
        return m;
    }

    /** Trains every model now (waits for it) and puts them into service. */
    @PostMapping("/api/v1/recommendations/models/train")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> train() {
        return training.trainNow("admin").map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("products", o.products());
            m.put("users", o.users());
            m.put("positives", o.interactions());
            m.put("logPosition", o.logPosition());
            m.put("tookMillis", o.took().toMillis());
            m.put("models", o.modelVersions());
            return m;
        }).orElseGet(() -> Map.of("products", 0, "models", Map.of()));
    }

    /** What is in service: catalogue size, log position and model versions. */
    @GetMapping("/api/v1/recommendations/models")
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, Object> models() {
        return registry.current().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("products", b.catalogue().size());
            m.put("catalogueMarker", b.catalogue().marker());
            m.put("logPosition", b.logPosition());
            m.put("trainedAt", b.trainedAt().toString());
            Map<String, Object> models = new TreeMap<>();
            b.models().forEach((a, model) -> {
                var meta = model.metadata();
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("version", meta.versionId());
                v.put("trainingMillis", meta.trainingTime().toMillis());
                v.put("users", meta.users());
                v.put("items", meta.items());
                v.put("positives", meta.interactions());
                v.put("hyperParameters", meta.hyperParameters());
                models.put(a.label(), v);
            });
            m.put("models", models);
            return m;
        }).orElseGet(() -> Map.of("products", 0, "models", Map.of()));
    }

    private static Map<String, String> versions(ModelBundle bundle) {
        Map<String, String> v = new TreeMap<>();
        bundle.models().forEach((a, m) -> v.put(a.label(), m.metadata().versionId()));
        return v;
    }
}
