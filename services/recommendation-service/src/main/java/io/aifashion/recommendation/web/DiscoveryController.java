package io.aifashion.recommendation.web;

import io.aifashion.recommendation.application.FindSimilarProducts;
import io.aifashion.recommendation.application.GetTrending;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists anyone may see: trending products and products similar to one. */
@RestController
public class DiscoveryController {

    private final GetTrending trending;
    private final FindSimilarProducts similar;

    public DiscoveryController(GetTrending trending, FindSimilarProducts similar) {
        this.trending = trending;
        this.similar = similar;
    }

    @GetMapping("/api/v1/trending")
    public Map<String, Object> trending(@RequestParam(defaultValue = "20") int limit,
                                        @RequestParam(required = false) String category) {
        return RecommendationViews.list(trending.trending(limit, category));
    }

    @GetMapping("/api/v1/products/{id}/similar")
    public Map<String, Object> similar(@PathVariable String id, @RequestParam(defaultValue = "10") int limit) {
        return RecommendationViews.list(similar.similarTo(id, limit));
    }
}
