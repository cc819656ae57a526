package io.aifashion.recommendation.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.domain.ranking.Algorithm;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import io.aifashion.recommendation.domain.ranking.SimilarProducts;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** {@code GET /api/v1/products/{id}/similar}: "more like this", for anyone. */
@Service
public class FindSimilarProducts {

    static final int MAX_LIMIT = 50;

    private final ModelRegistry registry;
    private final Clock clock;
    private final SimilarProducts similar = new SimilarProducts();

    public FindSimilarProducts(ModelRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** @throws ApiProblem 404 if the product is not in the catalogue, 400 on a bad limit */
    public Recommendations similarTo(String productId, int limit) {
        RequestChecks.limit(limit, MAX_LIMIT);
        Optional<ModelBundle> current = RequestChecks.ready(registry);
        ModelBundle bundle = current.orElseThrow(() -> ApiProblem.notFound("Product", productId));
        int item = bundle.catalogue().indexOf(productId).orElseThrow(() -> ApiProblem.notFound("Product", productId));
        var items = similar.similar(bundle, item, limit).stream().map(Recommendations.Item::of).toList();
        Algorithm served = bundle.served(Algorithm.ITEM_KNN);
        return new Recommendations(items, bundle.model(served).metadata().versionId(), served.label(), null,
                clock.instant());
    }
}
