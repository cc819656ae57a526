package io.aifashion.recommendation.application;

import io.aifashion.kit.web.ApiProblem;
import io.aifashion.recommendation.domain.ranking.ModelBundle;
import java.util.Optional;

/** Checks shared by the read use cases; each failure is a 400 naming the parameter, or "not ready yet". */
final class RequestChecks {

    private RequestChecks() {
    }

    static void limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw ApiProblem.badRequest("limit", "must be between 1 and " + max + ", was " + limit);
        }
    }

    /**
     * @return the bundle in service, or empty when the catalogue is empty
     * @throws WarmingUpException while the first snapshot is still loading
     */
    static Optional<ModelBundle> ready(ModelRegistry registry) {
        Optional<ModelBundle> bundle = registry.current();
        if (bundle.isEmpty() && !registry.loaded()) {
            throw new WarmingUpException();
        }
        return bundle;
    }

    static void category(ModelBundle bundle, String category) {
        if (category.isBlank() || category.length() > 80) {
            throw ApiProblem.badRequest("category", "must be 1–80 characters");
        }
        if (!bundle.catalogue().hasCategory(category)) {
            throw ApiProblem.badRequest("category", "no product is in a category called '" + category.strip()
                    + "' (a master category, sub-category or article type, e.g. Apparel, Topwear or Tshirts)");
        }
    }
}
