package io.aifashion.recommendation.domain.ranking;

import java.io.Serializable;
import java.util.List;

/** Why a product is in a list, in words for the shopper plus the facts behind the words. */
public sealed interface Reason extends Serializable {

    /** {@code palette}, {@code collaborative}, {@code trending}, {@code preference}, {@code similar} or {@code catalogue}. */
    String signal();

    String text();

    /** The product's colour is near the shopper's palette (CIEDE2000). */
    record PaletteReason(String season, String colourName, String colourHex, double deltaE, String text)
            implements Reason {
        @Override
        public String signal() {
            return "palette";
        }
    }

    /**
     * Co-occurrence evidence from a collaborative model.
     *
     * @param basis {@code people-also-liked} (item-kNN), {@code because-you-liked} (EASE) or
     *              {@code similar-taste} (iALS)
     */
    record CollaborativeReason(String basis, List<String> relatedProductIds, List<String> relatedProductNames,
                               String text) implements Reason {
        public CollaborativeReason {
            relatedProductIds = List.copyOf(relatedProductIds);
            relatedProductNames = List.copyOf(relatedProductNames);
        }

        @Override
        public String signal() {
            return "collaborative";
        }
    }

    /** Many shoppers interacted with it (recently, for the trending list). */
    record TrendingReason(int shoppers, String text) implements Reason {
        @Override
        public String signal() {
            return "trending";
        }
    }

    /**
     * A stated or shown preference fits: {@code favourite-colour}, {@code style}, {@code budget},
     * {@code sizes} or {@code category}.
     */
    record PreferenceReason(String preference, String text) implements Reason {
        @Override
        public String signal() {
            return "preference";
        }
    }

    /** Similar to another product by category and colour. */
    record SimilarityReason(String sameCategory, Double deltaE, String text) implements Reason {
        @Override
        public String signal() {
            return "similar";
        }
    }

    /** Nothing personal is known yet: new or generally picked from the catalogue. */
    record CatalogueReason(String text) implements Reason {
        @Override
        public String signal() {
            return "catalogue";
        }
    }
}
