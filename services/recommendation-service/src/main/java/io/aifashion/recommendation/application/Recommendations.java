package io.aifashion.recommendation.application;

import io.aifashion.recommendation.domain.catalogue.Product;
import io.aifashion.recommendation.domain.ranking.RankedProduct;
import io.aifashion.recommendation.domain.ranking.Reason;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A finished list, as served and cached (Serializable for the Redis cache).
 *
 * @param modelVersion version of the collaborative model the list was ranked with (null without a model)
 * @param algorithm    the collaborative algorithm actually served
 * @param experiment   the experiment arm the list was ranked under, or null
 */
public record Recommendations(List<Item> items, String modelVersion, String algorithm, Arm experiment,
                              Instant generatedAt) implements Serializable {

    public Recommendations {
        items = List.copyOf(items);
    }

    public static Recommendations empty(Instant now) {
        return new Recommendations(List.of(), null, null, null, now);
    }

    public Recommendations withItems(List<Item> kept) {
        return new Recommendations(kept, modelVersion, algorithm, experiment, generatedAt);
    }

    public record Item(Card product, double score, List<Reason> reasons) implements Serializable {
        public Item {
            reasons = List.copyOf(reasons);
        }

        public static Item of(RankedProduct ranked) {
            return new Item(Card.of(ranked.product()), ranked.score(), ranked.reasons());
        }
    }

    /** What a client shows of a product. */
    public record Card(String id, String name, String brand, BigDecimal price, String currency, String imageUrl,
                       String primaryHex, String primaryFamily) implements Serializable {
        public static Card of(Product p) {
            return new Card(p.id(), p.name(), p.brand(), p.price(), p.currency(), p.imageUrl(),
                    p.primaryColour().hex(), p.primaryColour().family());
        }
    }

    public record Arm(UUID experimentId, String variant) implements Serializable {
    }
}
