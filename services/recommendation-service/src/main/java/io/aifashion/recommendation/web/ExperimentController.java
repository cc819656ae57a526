package io.aifashion.recommendation.web;

import io.aifashion.kit.security.CurrentUser;
import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.application.ManageExperiments;
import io.aifashion.recommendation.domain.experiment.Experiment;
import io.aifashion.recommendation.domain.experiment.ExperimentReport;
import io.aifashion.recommendation.domain.experiment.InvalidExperimentException;
import io.aifashion.recommendation.domain.experiment.Variant;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.RankingVariant;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** A/B experiments over ranking variants (administrators only). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
public class ExperimentController {

    private final ManageExperiments experiments;

    public ExperimentController(ManageExperiments experiments) {
        this.experiments = experiments;
    }

    /**
     * {@code {name, description?, variants: [{name, algorithm, diversity?, trafficPercent}]}}; the first
     * variant is the control. 201 with the experiment; 409 if one is already running.
     */
    @PostMapping("/api/v1/experiments")
    public ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        JsonRequest request = new JsonRequest();
        String name = null;
        String description = null;
        List<Variant> variants = new ArrayList<>();
        if (request.object(body, "")) {
            request.onlyKnown(body, "", Set.of("name", "description", "variants"));
            name = request.text(body, "", "name", true, 100);
            description = request.text(body, "", "description", false, 2000);
            JsonNode list = body.get("variants");
            if (list == null || !list.isArray() || list.size() < 2 || list.size() > 10) {
                request.error("variants", "must be a list of 2–10 variants");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    variant(request, list.get(i), "variants[" + i + "]").ifPresent(variants::add);
                }
            }
        }
        request.throwIfInvalid();
        Experiment created;
        try {
            created = experiments.create(name, description, variants, CurrentUser.require());
        } catch (InvalidExperimentException e) {
            throw ApiProblem.badRequest(e.field(), e.getMessage());
        }
        return ResponseEntity.created(URI.create("/api/v1/experiments/" + created.id())).body(view(created));
    }

    private static java.util.Optional<Variant> variant(JsonRequest request, JsonNode node, String prefix) {
        if (!request.object(node, prefix)) {
            return java.util.Optional.empty();
        }
        request.onlyKnown(node, prefix, Set.of("name", "algorithm", "diversity", "trafficPercent"));
        String name = request.text(node, prefix, "name", true, 40);
        String algorithmText = request.text(node, prefix, "algorithm", true, 20);
        Algorithm algorithm = algorithmText == null ? null : Algorithm.parse(algorithmText).orElse(null);
        if (algorithmText != null && algorithm == null) {
            request.error(prefix + ".algorithm", "must be one of " + Algorithm.labels());
        }
        Double diversity = request.number(node, prefix, "diversity", 0, 1, 0.7);
        Integer traffic = request.integer(node, prefix, "trafficPercent", 1, 100);
        if (name == null || algorithm == null || diversity == null || traffic == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new Variant(name, new RankingVariant(algorithm, diversity), traffic));
        } catch (InvalidExperimentException e) {
            request.error(prefix + "." + e.field(), e.getMessage());
            return java.util.Optional.empty();
        }
    }

    @GetMapping("/api/v1/experiments")
    public List<Map<String, Object>> list() {
        return experiments.all().stream().map(ExperimentController::view).toList();
    }

    @GetMapping("/api/v1/experiments/{id}")
    public Map<String, Object> get(@PathVariable UUID id) {
        return view(experiments.find(id));
    }

    @PostMapping("/api/v1/experiments/{id}/stop")
    public Map<String, Object> stop(@PathVariable UUID id) {
        return view(experiments.stop(id));
    }

    @GetMapping("/api/v1/experiments/{id}/results")
    public Map<String, Object> results(@PathVariable UUID id) {
        ExperimentReport report = experiments.results(id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", view(report.experiment()));
        m.put("alpha", ExperimentReport.ALPHA);
        m.put("variants", report.variants().stream().map(v -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", v.variant().name());
            r.put("algorithm", v.variant().algorithm().label());
            r.put("exposedUsers", v.counts().exposed());
            r.put("clickedUsers", v.counts().clicked());
            r.put("clickThroughRate", round(v.clickThroughRate()));
            r.put("addedToCartUsers", v.counts().addedToCart());
            r.put("addToCartRate", round(v.addToCartRate()));
            r.put("purchasedUsers", v.counts().purchased());
            r.put("conversionRate", round(v.conversionRate()));
            return r;
        }).toList());
        m.put("comparisons", report.comparisons().stream().map(c -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("variant", c.variant());
            r.put("control", c.control());
            r.put("metric", c.metric());
            r.put("test", "two-proportion z-test (pooled), two-sided");
            c.test().ifPresentOrElse(t -> {
                r.put("difference", round(t.difference()));
                r.put("z", round(t.z()));
                r.put("pValue", t.pValue());
                r.put("significant", t.significantAt(ExperimentReport.ALPHA));
                r.put("approximationReliable", t.approximationReliable());
            }, () -> {
                r.put("pValue", null);
                r.put("significant", false);
                r.put("note", "not enough data: an arm has no exposed users or the rates have no variance yet");
            });
            return r;
        }).toList());
        return m;
    }

    static Map<String, Object> view(Experiment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id().toString());
        m.put("name", e.name());
        m.put("description", e.description());
        m.put("status", e.status().label());
        m.put("createdBy", e.createdBy());
        m.put("createdAt", e.createdAt().toString());
        m.put("stoppedAt", e.stoppedAt() == null ? null : e.stoppedAt().toString());
        m.put("variants", e.variants().stream().map(v -> Map.of("name", v.name(), "algorithm", v.algorithm().label(),
                "diversity", v.diversity(), "trafficPercent", v.trafficPercent())).toList());
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
