package io.aifashion.recommendation.domain.interaction;

import io.aifashion.recommender.data.EventWeights;
import java.time.Instant;
import java.util.Objects;

/**
 * What one user's interactions with one product add up to — the fold of the log that every read model
 * and every model is built from. Implicit-feedback weights are summed (Hu, Koren and Volinsky 2008
 * treat repeated actions as growing confidence); the pair is a positive while the sum is above zero
 * and a dislike otherwise, as the recommender library aggregates them. The fold is commutative in
 * the weights and flags, so replaying the log in order rebuilds exactly the same state.
 *
 * @param weight    summed implicit weight (view 1, click 2, like 4, add-to-cart 6, purchase 10, dislike −10)
 * @param purchased whether any purchase happened (bought items are never recommended again)
 * @param disliked  whether any dislike happened
 * @param events    how many interactions were folded in
 */
public record ItemState(String userId, String productId, double weight, boolean purchased, boolean disliked,
                        int events, Instant firstAt, Instant lastAt) {

    public ItemState {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(firstAt, "firstAt");
        Objects.requireNonNull(lastAt, "lastAt");
        if (events < 1 || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("an item state folds at least one interaction with a finite weight");
        }
    }

    /** The state after the first interaction. */
    public static ItemState first(Interaction i, EventWeights weights) {
        return new ItemState(i.userId(), i.productId(), weights.weightOf(i.kind().eventType()),
                i.kind() == InteractionKind.PURCHASE, i.kind() == InteractionKind.DISLIKE, 1, i.occurredAt(),
                i.occurredAt());
    }

    /** The state after one more interaction of the same user on the same product. */
    public ItemState fold(Interaction i, EventWeights weights) {
        if (!i.userId().equals(userId) || !i.productId().equals(productId)) {
            throw new IllegalArgumentException("interaction " + i.id() + " is not about " + userId + "/" + productId);
        }
        return new ItemState(userId, productId, weight + weights.weightOf(i.kind().eventType()),
                purchased || i.kind() == InteractionKind.PURCHASE, disliked || i.kind() == InteractionKind.DISLIKE,
                events + 1, firstAt.isBefore(i.occurredAt()) ? firstAt : i.occurredAt(),
                lastAt.isAfter(i.occurredAt()) ? lastAt : i.occurredAt());
    }

    /** A positive signal of interest: the summed weight is above zero. */
    public boolean positive() {
        return weight > 0;
    }
}
