package io.aifashion.recommender.hybrid;

import java.util.Map;

/**
 * How much the collaborative signal is trusted for a (user, item) pair. Collaborative filtering
 * knows nothing about a user with no interactions or a product nobody has touched, and becomes
 * reliable as evidence accumulates; content features are available from the first moment. So the
 * collaborative share grows hyperbolically with both evidence counts:
 * <pre>
 *   g(n_u, m_i) = n_u / (n_u + κ_user) · m_i / (m_i + κ_item)
 *   score       = (1 − γ) · (g · collaborative + (1 − g) · content) + γ · popularity
 * </pre>
 * where n_u is the number of items in the user's history, m_i the number of training users of the
 * item and every signal is standardised (z-scored) over the catalogue per user, so the weights
 * compare signals in units of their own spread. A new user (n_u = 0) or a new product (m_i = 0) is
 * ranked by content alone (plus the popularity prior γ); at n_u = κ_user the two halves weigh the
 * same.
 *
 * @param userHalfWeight   κ_user ≥ 0: user interactions at which collaborative weight reaches one half
 * @param itemHalfWeight   κ_item ≥ 0: item support at which it reaches one half (0: any support counts fully)
 * @param popularityWeight γ in [0, 1): weight of the popularity prior
 */
public record BlendPolicy(double userHalfWeight, double itemHalfWeight, double popularityWeight) {

    public BlendPolicy {
        if (!(userHalfWeight >= 0) || Double.isInfinite(userHalfWeight)
                || !(itemHalfWeight >= 0) || Double.isInfinite(itemHalfWeight)) {
            throw new IllegalArgumentException("half weights must be finite and >= 0");
        }
        if (!(popularityWeight >= 0 && popularityWeight < 1)) {
            throw new IllegalArgumentException("popularityWeight must be in [0, 1), was " + popularityWeight);
        }
    }

    /** κ_user = 3, κ_item = 1, γ = 0.25. */
    public static BlendPolicy defaults() {
        return new BlendPolicy(3, 1, 0.25);
    }

    /** g(n_u, m_i) in [0, 1]. */
    public double collaborativeShare(int userInteractions, int itemSupport) {
        if (userInteractions <= 0 || itemSupport <= 0) {
            return 0;
        }
        double user = userInteractions / (userInteractions + userHalfWeight);
        double item = itemSupport / (itemSupport + itemHalfWeight);
        return user * item;
    }

    public Map<String, String> asParameters() {
        return Map.of("userHalfWeight", Double.toString(userHalfWeight), "itemHalfWeight", Double.toString(itemHalfWeight),
                "popularityWeight", Double.toString(popularityWeight));
    }
}
