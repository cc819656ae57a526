package io.aifashion.recommender.data;

/**
 * Implicit-feedback weight per event type. Stronger intent weighs more; a dislike is negative so
 * that, summed with the views that preceded it, the pair ends up excluded rather than recommended
 * (see {@link InteractionMatrix} for the aggregation rule).
 */
public record EventWeights(double view, double click, double like, double addToCart, double purchase, double dislike) {

    public EventWeights {
        requirePositive("view", view);
        requirePositive("click", click);
        requirePositive("like", like);
        requirePositive("addToCart", addToCart);
        requirePositive("purchase", purchase);
        if (!(dislike < 0) || Double.isInfinite(dislike)) {
            throw new IllegalArgumentException("dislike weight must be negative and finite, was " + dislike);
        }
    }

    /** view 1, click 2, like 4, add-to-cart 6, purchase 10, dislike −10. */
    public static EventWeights defaults() {
        return new EventWeights(1, 2, 4, 6, 10, -10);
    }

    public double weightOf(EventType type) {
        return switch (type) {
            case VIEW -> view;
            case CLICK -> click;
            case LIKE -> like;
            case ADD_TO_CART -> addToCart;
            case PURCHASE -> purchase;
            case DISLIKE -> dislike;
        };
    }

    private static void requirePositive(String name, double w) {
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException(name + " weight must be positive and finite, was " + w);
        }
    }
}
