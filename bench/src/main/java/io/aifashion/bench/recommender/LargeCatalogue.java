package io.aifashion.bench.recommender;

import io.aifashion.recommender.content.FeatureVector;
import io.aifashion.recommender.content.ItemCatalog;
import io.aifashion.recommender.content.ItemFeatures;
import io.aifashion.recommender.data.InteractionMatrix;
import io.aifashion.recommender.data.UserHistory;
import io.aifashion.recommender.synthetic.PlantedBlockConfig;
import io.aifashion.recommender.synthetic.PlantedBlockGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark data: a planted-block interaction matrix of 20,000 users × 50,000 items with about
 * one million positives (50 per user), and a product catalogue over the same 50,000 item ids with
 * random categories, CIELAB colours and prices for the content side.
 */
final class LargeCatalogue {

    static final int USERS = 20_000;
    static final int ITEMS = 50_000;

    final InteractionMatrix matrix;
    final ItemCatalog catalogue;
    final UserHistory[] histories;

    LargeCatalogue(int users, int items, int perUser) {
        matrix = new PlantedBlockGenerator()
                .generate(new PlantedBlockConfig(users, items, 50, perUser, 0.8, 0.8, 7)).log().toMatrix();
        SplittableRandom r = new SplittableRandom(11);
        String[] categories = {"dresses", "tops", "t-shirts", "jeans", "trousers", "skirts", "knitwear", "coats", "shoes", "bags", "accessories"};
        List<ItemFeatures> products = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            products.add(new ItemFeatures(matrix.items().id(i), categories[r.nextInt(categories.length)],
                    FeatureVector.of(20 + 70 * r.nextDouble(), -60 + 120 * r.nextDouble(), -60 + 120 * r.nextDouble()),
                    10 + 200 * r.nextDouble()));
        }
        catalogue = ItemCatalog.of(products);
        histories = new UserHistory[Math.min(users, 4096)];
        for (int u = 0; u < histories.length; u++) {
            histories[u] = matrix.history(u);
        }
    }

    static LargeCatalogue standard() {
        return new LargeCatalogue(USERS, ITEMS, 50);
    }
}
