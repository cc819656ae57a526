package io.aifashion.recommendation.web;

import io.aifashion.recommendation.application.Recommendations;
import io.aifashion.recommendation.domain.ranking.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of a list: {@code {items: [{product: {id, name, brand, price, currency, imageUrl,
 * primaryColor: {hex, family}}, score, reasons: [{signal, text, ...}]}], modelVersion, algorithm,
 * experiment, generatedAt}}.
 */
final class RecommendationViews {

    private RecommendationViews() {
    }

    static Map<String, Object> list(Recommendations r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", r.items().stream().map(RecommendationViews::item).toList());
        m.put("modelVersion", r.modelVersion());
        m.put("algorithm", r.algorithm());
        m.put("experiment", r.experiment() == null ? null
                : Map.of("id", r.experiment().experimentId().toString(), "variant", r.experiment().variant()));
        m.put("generatedAt", r.generatedAt().toString());
        return m;
    }

    static Map<String, Object> item(Recommendations.Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", product(item.product()));
        m.put("score", Math.round(item.score() * 1e4) / 1e4);
        m.put("reasons", item.reasons().stream().map(RecommendationViews::reason).toList());
        return m;
    }

    static Map<String, Object> product(Recommendations.Card p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("brand", p.brand());
        m.put("price", p.price());
        m.put("currency", p.currency());
        m.put("imageUrl", p.imageUrl());
        Map<String, Object> colour = new LinkedHashMap<>();
        colour.put("hex", p.primaryHex());
        colour.put("family", p.primaryFamily());
        m.put("primaryColor", colour);
        return m;
    }

    static Map<String, Object> reason(Reason reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal", reason.signal());
        m.put("text", reason.text());
        switch (reason) {
            case Reason.PaletteReason p -> {
                m.put("season", p.season());
                m.put("color", Map.of("name", p.colourName(), "hex", p.colourHex()));
                m.put("deltaE", p.deltaE());
            }
            case Reason.CollaborativeReason c -> {
                m.put("basis", c.basis());
                List<Map<String, String>> related = new java.util.ArrayList<>();
                for (int i = 0; i < c.relatedProductIds().size(); i++) {
                    related.add(Map.of("id", c.relatedProductIds().get(i), "name", c.relatedProductNames().get(i)));
                }
                m.put("relatedProducts", related);
            }
            case Reason.TrendingReason t -> m.put("shoppers", t.shoppers());
            case Reason.PreferenceReason p -> m.put("preference", p.preference());
            case Reason.SimilarityReason s -> {
                m.put("sameCategory", s.sameCategory());
                m.put("deltaE", s.deltaE());
            }
            case Reason.CatalogueReason c -> {
                // the text says it all
            }
        }
        return m;
    }
}
