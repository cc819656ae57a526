package io.aifashion.recommendation.domain.ranking;

import io.aifashion.recommendation.domain.catalogue.Product;
import java.util.List;
import java.util.Objects;

/** One product of a ranked list with its score and the reasons for it, most important first. */
public record RankedProduct(Product product, double score, List<Reason> reasons) {

    public RankedProduct {
        Objects.requireNonNull(product, "product");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("every recommendation is explained");
        }
    }
}
