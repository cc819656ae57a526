package io.aifashion.recommendation.domain.ranking;

import java.util.Arrays;
import java.util.Optional;

/** The collaborative side of a ranking variant (the content side is always the shopper's palette and preferences). */
public enum Algorithm {
    /** Item-kNN, cosine with shrinkage (Sarwar et al. 2001; Deshpande and Karypis 2004): "people who liked X also liked". */
    ITEM_KNN("item-knn"),
    /** Implicit ALS (Hu, Koren and Volinsky 2008), users folded in at request time. */
    IALS("ials"),
    /** EASE (Steck 2019); trained only while the catalogue is small enough for its dense item × item matrix. */
    EASE("ease"),
    /** Number of shoppers per product: the non-personal baseline. */
    POPULARITY("popularity");

    private final String label;

    Algorithm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Algorithm> parse(String label) {
        return Arrays.stream(values()).filter(a -> a.label.equals(label)).findFirst();
    }

    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(Algorithm::label).toList());
    }
}
